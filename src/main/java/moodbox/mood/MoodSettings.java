package moodbox.mood;

import java.time.Duration;
import moodbox.config.DetectionSettings;

/**
 * How the mood reader decides: it averages the emotion probabilities of the frames seen during
 * {@code window}; the winning emotion needs an average of at least {@code threshold}, and to replace the
 * current mood it must also beat the current mood's average by {@code margin} (hysteresis).
 */
public record MoodSettings(Duration window, double threshold, double margin) {
    public MoodSettings {
        if (window == null || window.compareTo(Duration.ofMillis(500)) < 0 || window.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("mood window must be 0.5-30 seconds, not " + window);
        }
        if (!(threshold > 1.0 / 7 && threshold <= 1)) {
            throw new IllegalArgumentException("mood threshold must be above 1/7 and at most 1, not " + threshold);
        }
        if (!(margin >= 0 && margin < 1)) {
            throw new IllegalArgumentException("mood margin must be in [0, 1), not " + margin);
        }
    }

    /** The mood reader needs a threshold above 1/7 (chance); lower settings mean "take the likeliest". */
    static final double LOWEST_THRESHOLD = 0.15;

    /** The settings file's detection window and confidence threshold, with the default margin. */
    public static MoodSettings from(DetectionSettings detection) {
        return new MoodSettings(detection.window(), Math.max(LOWEST_THRESHOLD, detection.confidenceThreshold()),
                defaults().margin());
    }

    /** 2.5 s window, 0.40 threshold, 0.10 margin. */
    public static MoodSettings defaults() {
        return new MoodSettings(Duration.ofMillis(2500), 0.40, 0.10);
    }
}
