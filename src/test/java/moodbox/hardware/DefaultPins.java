package moodbox.hardware;

import moodbox.config.ButtonSettings;
import moodbox.config.LightSettings;

/** The factory pin map for hardware tests, with the optional RGB LED fitted (it is off in the factory settings). */
public final class DefaultPins {
    private DefaultPins() {
    }

    public static PinMap withRgb() {
        LightSettings d = LightSettings.defaults();
        return PinMap.fromSettings(new LightSettings(d.ledPins(), d.moodColours(), true,
                d.rgbRedPin(), d.rgbGreenPin(), d.rgbBluePin()), ButtonSettings.defaults());
    }
}
