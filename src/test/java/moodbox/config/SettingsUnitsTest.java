package moodbox.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings file's units (percent, seconds) turned into what the parts use (gain, durations). */
class SettingsUnitsTest {

    @ParameterizedTest
    @CsvSource({
            "40, 80, 0.40, 0.80",
            "0, 0, 0.0, 0.0",
            "100, 100, 1.0, 1.0",
            "15, 60, 0.15, 0.60"})
    void volumePercentIsGain(int startup, int max, double startGain, double maxGain) {
        VolumeSettings volume = new VolumeSettings(startup, max);
        assertEquals(startGain, volume.startGain(), 1e-9);
        assertEquals(maxGain, volume.maxGain(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({
            "3.0, 300, 3000, 300000",
            "0.5, 0, 500, 0",
            "2.25, 86400, 2250, 86400000",
            "30, 1.5, 30000, 1500"})
    void detectionSecondsAreDurations(double window, double interval, long windowMs, long intervalMs) {
        DetectionSettings detection = new DetectionSettings(window, 0.5, interval, "sim", "yunet");
        assertEquals(Duration.ofMillis(windowMs), detection.window());
        assertEquals(Duration.ofMillis(intervalMs), detection.interval());
    }
}
