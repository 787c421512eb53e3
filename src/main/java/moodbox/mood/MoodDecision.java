package moodbox.mood;

import java.time.Instant;
import java.util.Optional;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;

/**
 * What the mood reader concludes at one moment. {@code emotion} and {@code confidence} (the emotion's average
 * probability over the window) are set only for {@link Kind#MOOD}; {@code scores}, the mean probabilities of
 * the window's faces (the bars shown with a mood), for {@link Kind#MOOD} and {@link Kind#NOT_SURE}.
 */
public record MoodDecision(Kind kind, Optional<Emotion> emotion, double confidence, Optional<EmotionScores> scores, Instant at) {
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
        return new MoodDecision(Kind.LOOKING, Optional.empty(), 0, Optional.empty(), at);
    }

    public static MoodDecision noFace(Instant at) {
        return new MoodDecision(Kind.NO_FACE, Optional.empty(), 0, Optional.empty(), at);
    }

    public static MoodDecision notSure(EmotionScores scores, Instant at) {
        return new MoodDecision(Kind.NOT_SURE, Optional.empty(), 0, Optional.of(scores), at);
    }

    /** A mood; its confidence is the emotion's mean probability in {@code scores}. */
    public static MoodDecision mood(Emotion emotion, EmotionScores scores, Instant at) {
        return new MoodDecision(Kind.MOOD, Optional.of(emotion), scores.probability(emotion), Optional.of(scores), at);
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
