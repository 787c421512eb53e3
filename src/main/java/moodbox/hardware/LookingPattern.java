package moodbox.hardware;

import java.util.Set;
import moodbox.config.RgbColor;
import moodbox.emotion.Emotion;

/**
 * The "looking" pattern shown while a detection window runs: one light runs along the seven mood LEDs and
 * back, and the RGB LED breathes a dim white, so it is clear the box is busy and no mood is shown.
 */
public final class LookingPattern {
    /** Time between frames. */
    public static final long STEP_MILLIS = 120;

    private static final int RUN = Emotion.COUNT * 2 - 2;

    private LookingPattern() {
    }

    /** The mood LEDs lit at a given step (steps count from 0 and may grow without bound). */
    public static Set<Emotion> ledsAt(long step) {
        int position = (int) (step % RUN);
        int index = position < Emotion.COUNT ? position : RUN - position;
        return Set.of(Emotion.fromIndex(index));
    }

    /** The RGB LED colour at a given step: a slow dim-white breath. */
    public static RgbColor rgbAt(long step) {
        int phase = (int) (step % 8);
        int level = 16 + 12 * (phase < 4 ? phase : 8 - phase);
        return new RgbColor(level, level, level);
    }
}
