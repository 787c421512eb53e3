package moodbox.mood;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import moodbox.config.DetectionSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the settings file's detection section becomes the mood reader's settings. */
class MoodSettingsTest {

    @ParameterizedTest
    @CsvSource({
            "3.0, 0.5, 3000, 0.5",
            "2.5, 0.9, 2500, 0.9",
            // the reader needs a threshold above chance (1/7): lower settings mean "take the likeliest"
            "1.0, 0.0, 1000, 0.15",
            "1.0, 0.1, 1000, 0.15",
            "1.0, 0.15, 1000, 0.15",
            "30, 1.0, 30000, 1.0"})
    void detectionSettingsBecomeReaderSettings(double window, double threshold, long windowMs, double readerThreshold) {
        MoodSettings mood = MoodSettings.from(new DetectionSettings(window, threshold, 300, "sim", "yunet"));
        assertEquals(Duration.ofMillis(windowMs), mood.window());
        assertEquals(readerThreshold, mood.threshold(), 1e-9);
        assertEquals(MoodSettings.defaults().margin(), mood.margin(), 1e-9);
    }
}
