package moodbox.config;

import java.util.Locale;

/** The button input's pull resistor: {@code up} (button to ground, the default) or {@code down} (button to 3.3 V). */
public enum Pull {
    UP, DOWN;

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
