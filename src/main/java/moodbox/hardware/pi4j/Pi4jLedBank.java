package moodbox.hardware.pi4j;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import moodbox.config.RgbColor;
import moodbox.emotion.Emotion;
import moodbox.hardware.LedBank;
import moodbox.hardware.PinMap;
import moodbox.hardware.RgbPins;

/**
 * The mood LEDs on GPIO: one output per emotion (high = lit) and, when the pin map has one, the RGB LED by
 * software PWM. All pins start low; {@link #close()} drives them low and releases them.
 */
public final class Pi4jLedBank implements LedBank {
    private final Pi4jGpio gpio;
    private final Map<Emotion, DigitalOutput> leds = new EnumMap<>(Emotion.class);
    private final List<String> ids = new ArrayList<>();
    private final SoftPwmRgb rgb;

    /** Opens every LED pin of the map; throws {@link GpioUnavailableException} (after releasing any opened pin). */
    public Pi4jLedBank(Pi4jGpio gpio, PinMap pins) {
        this.gpio = gpio;
        try {
            for (Emotion emotion : Emotion.values()) {
                leds.put(emotion, open("led-" + emotion.label().toLowerCase(), pins.ledPin(emotion)));
            }
            RgbPins rgbPins = pins.rgb();
            rgb = rgbPins == null ? null : new SoftPwmRgb(open("rgb-red", rgbPins.red()),
                    open("rgb-green", rgbPins.green()), open("rgb-blue", rgbPins.blue()));
        } catch (RuntimeException e) {
            releaseAll();
            throw e;
        }
    }

    private DigitalOutput open(String id, int bcm) {
        DigitalOutput output = gpio.output(id, bcm);
        ids.add(id);
        return output;
    }

    @Override
    public void set(Set<Emotion> on, RgbColor colour) {
        leds.forEach((emotion, output) -> output.state(DigitalState.getState(on.contains(emotion))));
        if (rgb != null) {
            rgb.show(colour);
        }
    }

    @Override
    public void close() {
        try {
            if (rgb != null) {
                rgb.close();
            }
            leds.values().forEach(DigitalOutput::low);
        } finally {
            releaseAll();
        }
    }

    private void releaseAll() {
        ids.forEach(gpio::release);
        ids.clear();
    }
}
