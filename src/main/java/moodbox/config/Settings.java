package moodbox.config;

import java.util.HashMap;
import java.util.Map;
import moodbox.emotion.Emotion;

/**
 * Every setting of the box, one immutable record per concern. A {@code Settings} object is always valid:
 * each record checks its own fields and this one checks that no two devices share a GPIO pin. Change
 * settings through {@link SettingsStore#update}; read them from {@link SettingsStore#current()}.
 */
public record Settings(MusicSettings music, VolumeSettings volume, PlaybackSettings playback, DetectionSettings detection,
                       LightSettings lights, ButtonSettings button, WebSettings web,
                       HouseholdSettings household) {

    public Settings {
        Map<Integer, String> used = new HashMap<>();
        for (Emotion e : Emotion.values()) {
            claim(used, lights.ledPin(e), "ledPins." + e.label());
        }
        claim(used, button.buttonPin(), "buttonPin");
        if (lights.rgbLedEnabled()) {
            claim(used, lights.rgbRedPin(), "rgbRedPin");
            claim(used, lights.rgbGreenPin(), "rgbGreenPin");
            claim(used, lights.rgbBluePin(), "rgbBluePin");
        }
    }

    private static void claim(Map<Integer, String> used, int pin, String field) {
        String other = used.putIfAbsent(pin, field);
        InvalidSettingException.check(other == null, field, field + " uses GPIO " + pin + ", which " + other + " already uses");
    }

    /** The factory settings with the given PIN. */
    public static Settings defaults(String pin) {
        return new Settings(MusicSettings.defaults(), VolumeSettings.defaults(), PlaybackSettings.defaults(), DetectionSettings.defaults(),
                LightSettings.defaults(), ButtonSettings.defaults(), WebSettings.defaults(pin),
                HouseholdSettings.DEFAULTS);
    }
}
