package moodbox.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import moodbox.emotion.Emotion;

/**
 * The mood LEDs: one LED per emotion on a GPIO pin (BCM numbers, 2–27 on the 40-pin header), a colour per
 * mood for the optional RGB LED and the screen, and that RGB LED's three pins (driven by PWM).
 * The defaults are the pin table of {@code hardware/README.md}; a test keeps the two equal.
 */
public record LightSettings(Map<Emotion, Integer> ledPins, Map<Emotion, String> moodColours,
                            boolean rgbLedEnabled, int rgbRedPin, int rgbGreenPin, int rgbBluePin) {
    public static final int MIN_PIN = 2;
    public static final int MAX_PIN = 27;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    public LightSettings {
        for (Emotion e : Emotion.values()) {
            Integer pin = ledPins.get(e);
            InvalidSettingException.check(pin != null, "ledPins." + e.label(), "ledPins." + e.label() + " is missing");
            InvalidSettingException.range(pin, MIN_PIN, MAX_PIN, "ledPins." + e.label());
            String colour = moodColours.get(e);
            InvalidSettingException.check(colour != null && COLOUR.matcher(colour).matches(), "moodColours." + e.label(),
                    "moodColours." + e.label() + " must be a colour like #ffcc00, not " + colour);
        }
        ledPins = Map.copyOf(new EnumMap<>(ledPins));
        moodColours = Map.copyOf(new EnumMap<>(moodColours));
        InvalidSettingException.range(rgbRedPin, MIN_PIN, MAX_PIN, "rgbRedPin");
        InvalidSettingException.range(rgbGreenPin, MIN_PIN, MAX_PIN, "rgbGreenPin");
        InvalidSettingException.range(rgbBluePin, MIN_PIN, MAX_PIN, "rgbBluePin");
    }

    public static LightSettings defaults() {
        Map<Emotion, Integer> pins = new EnumMap<>(Emotion.class);
        Map<Emotion, String> colours = new EnumMap<>(Emotion.class);
        put(pins, colours, Emotion.ANGRY, 17, "#ff2020");
        put(pins, colours, Emotion.DISGUST, 27, "#40c040");
        put(pins, colours, Emotion.FEAR, 22, "#9040ff");
        put(pins, colours, Emotion.HAPPY, 23, "#ffd000");
        put(pins, colours, Emotion.SAD, 24, "#2060ff");
        put(pins, colours, Emotion.SURPRISE, 25, "#ff8000");
        put(pins, colours, Emotion.NEUTRAL, 5, "#ffffff");
        return new LightSettings(pins, colours, false, 12, 13, 16);
    }

    private static void put(Map<Emotion, Integer> pins, Map<Emotion, String> colours, Emotion e, int pin, String colour) {
        pins.put(e, pin);
        colours.put(e, colour);
    }

    public int ledPin(Emotion emotion) {
        return ledPins.get(emotion);
    }

    public String colour(Emotion emotion) {
        return moodColours.get(emotion);
    }

    /** The RGB LED's pins in red, green, blue order. */
    public List<Integer> rgbPins() {
        return List.of(rgbRedPin, rgbGreenPin, rgbBluePin);
    }
}
