package moodbox.config;

import java.util.Locale;

/**
 * The button input's pull resistor, which holds the pin while the button is open. {@code up} (the default):
 * the button connects the pin to ground (pressed = low). {@code down}: it connects the pin to 3.3 V (pressed = high).
 */
public enum Pull {
    UP, DOWN;

    /** The pin level that means "pressed" with this pull. */
    public boolean pressedLevel() {
        return this == DOWN;
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Pull fromJson(String word) {
        for (Pull p : values()) {
            if (p.json().equals(word)) {
                return p;
            }
        }
        throw new InvalidSettingException("buttonPull", "buttonPull must be \"up\" or \"down\", not \"" + word + "\"");
    }
}
