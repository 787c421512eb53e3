package moodbox.emotion;

import java.util.Locale;

/** The seven FER2013 emotions, in the dataset's label order (0 = Angry … 6 = Neutral). */
public enum Emotion {
    ANGRY("Angry"),
    DISGUST("Disgust"),
    FEAR("Fear"),
    HAPPY("Happy"),
    SAD("Sad"),
    SURPRISE("Surprise"),
    NEUTRAL("Neutral");

    public static final int COUNT = 7;

    private final String label;

    Emotion(String label) {
        this.label = label;
    }

    /** The English label, e.g. "Happy", as shown on screen and written in JSON. */
    public String label() {
        return label;
    }

    /** The FER2013 label index (0–6). */
    public int index() {
        return ordinal();
    }

    public static Emotion fromIndex(int index) {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("emotion label must be 0-6, not " + index);
        }
        return values()[index];
    }

    /** Accepts "Happy", "happy" or "HAPPY". */
    public static Emotion fromLabel(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        for (Emotion e : values()) {
            if (e.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown emotion '" + label + "' (expected one of Angry, Disgust, Fear, Happy, Sad, Surprise, Neutral)");
    }
}
