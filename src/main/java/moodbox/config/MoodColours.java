package moodbox.config;

import java.util.EnumMap;
import java.util.Map;
import moodbox.emotion.Emotion;

/**
 * The colour of each mood on the RGB LED and the screen's accent. The colours are a setting
 * ({@code moodColours}); {@link #of} gives the factory colours, {@link #fromSettings} the user's.
 */
public final class MoodColours {
    private static final Map<Emotion, RgbColor> DEFAULTS = fromSettings(LightSettings.defaults());

    private MoodColours() {
    }

    /** The factory colour of a mood. */
    public static RgbColor of(Emotion mood) {
        return DEFAULTS.get(mood);
    }

    /** Every mood's colour as set in the settings ("#rrggbb"). */
    public static Map<Emotion, RgbColor> fromSettings(LightSettings lights) {
        Map<Emotion, RgbColor> colours = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            colours.put(e, RgbColor.parse(lights.colour(e)));
        }
        return colours;
    }
}
