package moodbox.state;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;

/** Small honest values for app tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static MoodReading reading(Emotion emotion, double confidence) {
        float[] p = new float[Emotion.COUNT];
        float rest = (float) ((1 - confidence) / (Emotion.COUNT - 1));
        for (int i = 0; i < p.length; i++) {
            p[i] = i == emotion.index() ? (float) confidence : rest;
        }
        return new MoodReading(emotion, confidence, new EmotionScores(p), Instant.parse("2024-05-01T12:00:00Z"), java.util.List.of());
    }

    public static NowPlaying track(String title) {
        return new NowPlaying(Path.of("/media/usb/" + title + ".mp3"), title, "The Testers", null,
                Duration.ZERO, Duration.ofSeconds(200));
    }
}
