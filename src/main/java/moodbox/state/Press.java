package moodbox.state;

import java.util.Locale;

/** What the user did with the button: a short press re-detects the mood, a long press skips the song. */
public enum Press {
    SHORT,
    LONG;

    /** "short" or "long", as written in the event log. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
