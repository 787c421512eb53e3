package moodbox.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import moodbox.emotion.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinMapTest {

    @ParameterizedTest
    @CsvSource({"Angry,5", "Disgust,6", "Fear,13", "Happy,19", "Sad,26", "Surprise,16", "Neutral,20"})
    void defaultLedPinsAreTheDocumentedOnes(String emotion, int bcm) {
        assertEquals(bcm, PinMap.DEFAULT.ledPin(Emotion.fromLabel(emotion)));
    }

    @Test
    void defaultRgbAndButtonAreTheDocumentedOnes() {
        assertEquals(new RgbPins(17, 27, 22), PinMap.DEFAULT.rgb());
        ButtonConfig button = PinMap.DEFAULT.button();
        assertEquals(21, button.pin());
        assertEquals(Pull.UP, button.pull());
        assertEquals(Duration.ofMillis(30), button.debounce());
        assertEquals(Duration.ofMillis(1500), button.longPress());
    }

    @ParameterizedTest
    @CsvSource({
        "Happy, 5, GPIO 5 is used twice",
        "Happy, 21, GPIO 21 is used twice",
        "Happy, 17, GPIO 17 is used twice",
        "Happy, 1, must be a BCM GPIO number 2-27",
        "Sad, 28, must be a BCM GPIO number 2-27"})
    void refusesBadPins(String emotion, int pin, String message) {
        Map<Emotion, Integer> leds = new EnumMap<>(PinMap.DEFAULT.moodLeds());
        leds.put(Emotion.fromLabel(emotion), pin);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PinMap(leds, PinMap.DEFAULT.rgb(), PinMap.DEFAULT.button()));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void needsAnLedForEveryEmotion() {
        Map<Emotion, Integer> leds = new EnumMap<>(PinMap.DEFAULT.moodLeds());
        leds.remove(Emotion.FEAR);
        assertThrows(IllegalArgumentException.class, () -> new PinMap(leds, null, PinMap.DEFAULT.button()));
    }

    @Test
    void rgbIsOptional() {
        assertEquals(null, PinMap.DEFAULT.withoutRgb().rgb());
    }

    @ParameterizedTest
    @CsvSource({"-1, 1500", "600, 1500", "30, 30", "30, 20000"})
    void refusesBadButtonTimes(long debounceMs, long longPressMs) {
        assertThrows(IllegalArgumentException.class, () -> new ButtonConfig(21, Pull.UP,
                Duration.ofMillis(debounceMs), Duration.ofMillis(longPressMs)));
    }
}
