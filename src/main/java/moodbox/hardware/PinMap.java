package moodbox.hardware;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import moodbox.config.ButtonSettings;
import moodbox.config.LightSettings;
import moodbox.emotion.Emotion;

/**
 * Where the LEDs and the button are wired, as BCM GPIO numbers (not physical header pins). The pins come from
 * the settings ({@link #fromSettings}); their defaults, {@code LightSettings.defaults()} and
 * {@code ButtonSettings.defaults()}, are the one documented wiring (hardware/README.md). Validation refuses pins outside BCM 2–27 and any pin
 * used twice, so a typo in settings is caught before a pin is driven.
 *
 * @param moodLeds one LED per emotion (anode through a resistor to the pin, cathode to ground)
 * @param rgb      the optional RGB LED, or {@code null} when none is fitted
 * @param button   the re-detect / skip push button
 */
public record PinMap(Map<Emotion, Integer> moodLeds, RgbPins rgb, ButtonConfig button) {

    /** Contact bounce ignored on the button (not a setting: 30 ms suits every push button we tried). */
    public static final Duration DEBOUNCE = Duration.ofMillis(30);

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

    /** The one mapping from settings to pins: the RGB LED only when it is enabled, 30 ms debounce. */
    public static PinMap fromSettings(LightSettings lights, ButtonSettings button) {
        Map<Emotion, Integer> leds = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            leds.put(e, lights.ledPin(e));
        }
        RgbPins rgb = lights.rgbLedEnabled() ? new RgbPins(lights.rgbRedPin(), lights.rgbGreenPin(), lights.rgbBluePin()) : null;
        return new PinMap(leds, rgb, new ButtonConfig(button.buttonPin(), button.buttonPull(), DEBOUNCE,
                Duration.ofMillis(button.longPressMillis())));
    }

    public int ledPin(Emotion emotion) {
        return moodLeds.get(emotion);
    }

    /** The same map without the RGB LED. */
    public PinMap withoutRgb() {
        return new PinMap(moodLeds, null, button);
    }
}
