package moodbox.app;

import java.time.Duration;
import moodbox.config.Settings;

/** The detection settings as the engine and the mood reader take them. */
final class DetectionMapping {
    /** The mood reader needs a threshold above 1/7 (chance); lower settings mean "take the likeliest". */
    static final double LOWEST_THRESHOLD = 0.15;

    private DetectionMapping() {
    }

    static Duration window(Settings settings) {
        return Duration.ofMillis(Math.round(settings.detection().detectionWindowSeconds() * 1000));
    }

    static double threshold(Settings settings) {
        return Math.max(LOWEST_THRESHOLD, settings.detection().confidenceThreshold());
    }

    /** {@link Duration#ZERO}: look again only when the button is pressed. */
    static Duration interval(Settings settings) {
        return Duration.ofMillis(Math.round(settings.detection().detectionIntervalSeconds() * 1000));
    }
}
