package moodbox.engine;

import moodbox.emotion.Emotion;

/**
 * What the mood reader concludes after a frame: still {@code LOOKING} (the window is not over), a
 * {@code MOOD} with its confidence, {@code NO_FACE} or {@code NOT_SURE}. {@code emotion} is set only for a mood.
 */
public record Verdict(Kind kind, Emotion emotion, double confidence) {
    public enum Kind { LOOKING, MOOD, NO_FACE, NOT_SURE }

    public static final Verdict LOOKING = new Verdict(Kind.LOOKING, null, 0);
    public static final Verdict NO_FACE = new Verdict(Kind.NO_FACE, null, 0);
    public static final Verdict NOT_SURE = new Verdict(Kind.NOT_SURE, null, 0);

    public Verdict {
        if (kind == null || (kind == Kind.MOOD) != (emotion != null)) {
            throw new IllegalArgumentException("a verdict has an emotion exactly when it is a mood: " + kind + " " + emotion);
        }
    }

    public static Verdict mood(Emotion emotion, double confidence) {
        return new Verdict(Kind.MOOD, emotion, confidence);
    }
}
