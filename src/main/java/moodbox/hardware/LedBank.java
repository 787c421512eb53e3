package moodbox.hardware;

import java.util.Set;
import moodbox.config.RgbColor;
import moodbox.emotion.Emotion;

/**
 * The raw LED outputs: one LED per emotion and the optional RGB LED. {@link MoodLights} decides what to show;
 * a bank only drives pins (GPIO through Pi4J, or simulated). Closing turns everything off and releases the pins.
 */
public interface LedBank extends AutoCloseable {
    /** Lights exactly the given mood LEDs and sets the RGB LED (ignored when none is fitted). */
    void set(Set<Emotion> on, RgbColor rgb);

    @Override
    void close();
}
