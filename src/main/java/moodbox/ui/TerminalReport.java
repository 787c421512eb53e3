package moodbox.ui;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import moodbox.emotion.Emotion;
import moodbox.state.AppEvent;
import moodbox.state.AppListener;
import moodbox.state.AppState;
import moodbox.state.NowPlaying;

/**
 * What {@code run} and {@code demo} print for a person at the terminal (without {@code --events}, whose JSON
 * lines are for tools): the set-up page's address and PIN once it is up, then one line per mood decided
 * (mood, how sure, and the song that goes on or that one is being picked), per song started (title, artist,
 * the mood it plays for), and once per spell of looks that find no mood (why). The PIN is printed only when simulating; a real box shows it on its screen.
 */
public final class TerminalReport implements AppListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;
    private final Clock clock;
    private final boolean revealPin;
    private boolean saidUndecided;
    private Emotion lastMood;

    public TerminalReport(PrintStream out, Clock clock, boolean revealPin) {
        this.out = out;
        this.clock = clock;
        this.revealPin = revealPin;
    }

    @Override
    public synchronized void on(AppEvent event, AppState state) {
        if (event instanceof AppEvent.WebReady ready) {
            String pin = ready.access().pin().isEmpty() ? "PIN: moodbox settings --get pin"
                    : revealPin ? "PIN " + ready.access().pin() : "the PIN is on the box's screen (or: moodbox settings --get pin)";
            say("Set-up page: " + ready.access().url() + " · " + pin);
        } else if (event instanceof AppEvent.MoodDecided decided) {
            saidUndecided = false;
            Emotion mood = decided.reading().emotion();
            boolean same = mood == lastMood && state.nowPlaying() != null;
            lastMood = mood;
            say("Mood: " + mood.label() + ", " + KioskViewModel.percent(decided.reading().confidence()) + " sure · "
                    + (same ? "still playing " + song(state.nowPlaying()) : "picking a song for it"));
        } else if (event instanceof AppEvent.TrackStarted started) {
            say("Playing " + song(started.track()) + (state.mood() == null ? "" : " for " + state.mood().emotion().label()));
        } else if (event instanceof AppEvent.LookingEnded ended && !saidUndecided) {
            saidUndecided = true;
            say("No mood: " + ended.why() + (state.mood() == null ? "" : " (the last mood stays " + state.mood().emotion().label() + ")"));
        }
    }

    private static String song(NowPlaying track) {
        String title = KioskViewModel.title(track);
        return "\"" + title + "\"" + (track.artist().isBlank() ? "" : " by " + track.artist());
    }

    private void say(String line) {
        out.println(LocalTime.ofInstant(clock.instant(), ZoneId.systemDefault()).format(TIME) + "  " + line);
        out.flush();
    }
}
