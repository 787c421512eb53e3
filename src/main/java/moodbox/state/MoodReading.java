package moodbox.state;

import java.time.Instant;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.image.GrayImage;

/**
 * One mood decision: the mood, how sure the reader is (0–1), the averaged scores behind it, when, and up to
 * {@link #MAX_FACES} of the preprocessed 48×48 face crops the look read (spread over the look; only the last
 * decision is in the state, so a person can say it was wrong and the box can learn from those faces).
 */
public record MoodReading(Emotion emotion, double confidence, EmotionScores scores, Instant decidedAt, List<GrayImage> faces) {
    /** The most face crops a decision keeps of its look. */
    public static final int MAX_FACES = 8;

    public MoodReading {
        if (emotion == null || scores == null || decidedAt == null || faces == null) {
            throw new IllegalArgumentException("mood reading needs an emotion, scores, a time and its face crops (may be none)");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0-1, not " + confidence);
        }
        if (faces.size() > MAX_FACES) {
            throw new IllegalArgumentException("a mood reading keeps at most " + MAX_FACES + " face crops, not " + faces.size());
        }
        faces = List.copyOf(faces);
    }
}
