package moodbox.config;

import java.util.Locale;

/** How music follows the mood: {@code match} plays music like the mood, {@code lift} nudges it towards a better one. */
public enum Policy {
    MATCH, LIFT;

    /** The word used in JSON: {@code "match"} or {@code "lift"}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Policy fromJson(String word) {
        for (Policy p : values()) {
            if (p.json().equals(word)) {
                return p;
            }
        }
        throw new InvalidSettingException("policy", "policy must be \"match\" or \"lift\", not \"" + word + "\"");
    }
}
