package moodbox.app;

import java.time.Instant;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;

/** One mood decision: the mood, how sure the reader is (0–1), the averaged scores behind it, and when. */
public record MoodReading(Emotion emotion, double confidence, EmotionScores scores, Instant decidedAt) {
    public MoodReading {
        if (emotion == null || scores == null || decidedAt == null) {
            throw new IllegalArgumentException("mood reading needs an emotion, scores and a time");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0-1, not " + confidence);
        }
    }
}
