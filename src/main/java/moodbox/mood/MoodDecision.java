package moodbox.mood;

import java.time.Instant;
import java.util.Optional;
import moodbox.emotion.Emotion;

/**
 * What the mood reader concludes at one moment. {@code emotion} and {@code confidence} (the emotion's average
 * probability over the window) are set only for {@link Kind#MOOD}.
 */
public record MoodDecision(Kind kind, Optional<Emotion> emotion, double confidence, Instant at) {
    public enum Kind {
        /** Not watched long enough yet (start-up, or just after "detect now"). */
        LOOKING,
        /** A face was seen most of the window and one emotion won clearly. */
        MOOD,
        /** No face for most of the window. */
        NO_FACE,
        /** A face was seen, but no emotion won clearly. */
        NOT_SURE
    }

    public static MoodDecision looking(Instant at) {
        return new MoodDecision(Kind.LOOKING, Optional.empty(), 0, at);
    }

    public static MoodDecision noFace(Instant at) {
        return new MoodDecision(Kind.NO_FACE, Optional.empty(), 0, at);
    }

    public static MoodDecision notSure(Instant at) {
        return new MoodDecision(Kind.NOT_SURE, Optional.empty(), 0, at);
    }

    public static MoodDecision mood(Emotion emotion, double confidence, Instant at) {
        return new MoodDecision(Kind.MOOD, Optional.of(emotion), confidence, at);
    }

    /** Same verdict (kind and emotion), ignoring confidence and time. */
    public boolean sameVerdict(MoodDecision other) {
        return kind == other.kind && emotion.equals(other.emotion);
    }

    @Override
    public String toString() {
        return emotion.map(e -> e.label() + String.format(" %.2f", confidence)).orElse(kind.name());
    }
}
