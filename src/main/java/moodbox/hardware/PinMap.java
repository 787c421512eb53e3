package moodbox.hardware;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import moodbox.emotion.Emotion;

/**
 * Where the LEDs and the button are wired, as BCM GPIO numbers (not physical header pins). {@link #DEFAULT} is
 * the one documented wiring; settings may replace it. Validation refuses pins outside BCM 2–27 and any pin
 * used twice, so a typo in settings is caught before a pin is driven.
 *
 * @param moodLeds one LED per emotion (anode through a resistor to the pin, cathode to ground)
 * @param rgb      the optional RGB LED, or {@code null} when none is fitted
 * @param button   the re-detect / skip push button
 */
public record PinMap(Map<Emotion, Integer> moodLeds, RgbPins rgb, ButtonConfig button) {

    /**
     * The default wiring (BCM numbers, header pin in brackets): Angry 5 (29), Disgust 6 (31), Fear 13 (33),
     * Happy 19 (35), Sad 26 (37), Surprise 16 (36), Neutral 20 (38); RGB LED red 17 (11), green 27 (13),
     * blue 22 (15); button 21 (40) to ground (39) with the internal pull-up, 30 ms debounce, 1.5 s long press.
     * These avoid I2C (2, 3), SPI (7–11), UART (14, 15) and the ID EEPROM pins.
     */
    public static final PinMap DEFAULT = new PinMap(
            Map.of(Emotion.ANGRY, 5, Emotion.DISGUST, 6, Emotion.FEAR, 13, Emotion.HAPPY, 19,
                    Emotion.SAD, 26, Emotion.SURPRISE, 16, Emotion.NEUTRAL, 20),
            new RgbPins(17, 27, 22),
            new ButtonConfig(21, Pull.UP, Duration.ofMillis(30), Duration.ofMillis(1500)));

    public static final int LOWEST_BCM = 2;
    public static final int HIGHEST_BCM = 27;

    public PinMap {
        if (moodLeds == null || button == null) {
            throw new IllegalArgumentException("pin map needs mood LEDs and a button");
        }
        EnumMap<Emotion, Integer> leds = new EnumMap<>(Emotion.class);
        leds.putAll(moodLeds);
        if (leds.size() != Emotion.COUNT) {
            throw new IllegalArgumentException("pin map needs one LED pin for each of the 7 emotions, got " + leds.size());
        }
        moodLeds = Collections.unmodifiableMap(leds);
        Map<Integer, String> used = new HashMap<>();
        leds.forEach((emotion, pin) -> claim(used, pin, emotion.label() + " LED"));
        if (rgb != null) {
            claim(used, rgb.red(), "RGB red");
            claim(used, rgb.green(), "RGB green");
            claim(used, rgb.blue(), "RGB blue");
        }
        claim(used, button.pin(), "button");
    }

    private static void claim(Map<Integer, String> used, Integer pin, String what) {
        if (pin == null || pin < LOWEST_BCM || pin > HIGHEST_BCM) {
            throw new IllegalArgumentException(what + " pin must be a BCM GPIO number 2-27, not " + pin);
        }
        String before = used.putIfAbsent(pin, what);
        if (before != null) {
            throw new IllegalArgumentException("GPIO " + pin + " is used twice: " + before + " and " + what);
        }
    }

    public int ledPin(Emotion emotion) {
        return moodLeds.get(emotion);
    }

    /** The same map without the RGB LED. */
    public PinMap withoutRgb() {
        return new PinMap(moodLeds, null, button);
    }
}
