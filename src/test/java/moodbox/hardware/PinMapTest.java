package moodbox.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import moodbox.config.ButtonSettings;
import moodbox.config.LightSettings;
import moodbox.config.Pull;
import moodbox.emotion.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinMapTest {

    @ParameterizedTest
    @CsvSource({"Angry,17", "Disgust,27", "Fear,22", "Happy,23", "Sad,24", "Surprise,25", "Neutral,5"})
    void factorySettingsGiveTheDocumentedLedPins(String emotion, int bcm) {
        PinMap pins = PinMap.fromSettings(LightSettings.defaults(), ButtonSettings.defaults());
        assertEquals(bcm, pins.ledPin(Emotion.fromLabel(emotion)));
    }

    @Test
    void factorySettingsGiveTheDocumentedButtonAndNoRgbLed() {
        PinMap pins = PinMap.fromSettings(LightSettings.defaults(), ButtonSettings.defaults());
        assertNull(pins.rgb(), "the RGB LED is off in the factory settings");
        assertEquals(new ButtonConfig(26, Pull.UP, Duration.ofMillis(30), Duration.ofMillis(800)), pins.button());
        assertEquals(new RgbPins(12, 13, 16), DefaultPins.withRgb().rgb());
    }

    @Test
    void followsChangedSettings() {
        PinMap pins = PinMap.fromSettings(LightSettings.defaults(),
                new ButtonSettings(4, Pull.DOWN, 1200));
        assertEquals(new ButtonConfig(4, Pull.DOWN, Duration.ofMillis(30), Duration.ofMillis(1200)), pins.button());
    }

    @ParameterizedTest
    @CsvSource({
        "Happy, 5, GPIO 5 is used twice",
        "Happy, 26, GPIO 26 is used twice",
        "Happy, 12, GPIO 12 is used twice",
        "Happy, 1, must be a BCM GPIO number 2-27",
        "Sad, 28, must be a BCM GPIO number 2-27"})
    void refusesBadPins(String emotion, int pin, String message) {
        Map<Emotion, Integer> leds = new EnumMap<>(DefaultPins.withRgb().moodLeds());
        leds.put(Emotion.fromLabel(emotion), pin);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PinMap(leds, DefaultPins.withRgb().rgb(), DefaultPins.withRgb().button()));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void needsAnLedForEveryEmotion() {
        Map<Emotion, Integer> leds = new EnumMap<>(DefaultPins.withRgb().moodLeds());
        leds.remove(Emotion.FEAR);
        assertThrows(IllegalArgumentException.class, () -> new PinMap(leds, null, DefaultPins.withRgb().button()));
    }

    @Test
    void rgbIsOptional() {
        assertEquals(null, DefaultPins.withRgb().withoutRgb().rgb());
    }

    @ParameterizedTest
    @CsvSource({"-1, 1500", "600, 1500", "30, 30", "30, 20000"})
    void refusesBadButtonTimes(long debounceMs, long longPressMs) {
        assertThrows(IllegalArgumentException.class, () -> new ButtonConfig(21, Pull.UP,
                Duration.ofMillis(debounceMs), Duration.ofMillis(longPressMs)));
    }
}
