package moodbox.hardware.pi4j;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import moodbox.hardware.Button;
import moodbox.hardware.ButtonConfig;
import moodbox.hardware.PressDetector;
import moodbox.state.Press;

/**
 * The push button on a GPIO input with the configured pull resistor. Every edge goes, with a time stamp,
 * through a {@link PressDetector} that debounces and tells short from long presses.
 */
public final class Pi4jButton implements Button {
    private static final String ID = "button";

    private final Pi4jGpio gpio;
    private final PressDetector detector;

    public Pi4jButton(Pi4jGpio gpio, ButtonConfig config) {
        this(gpio, config, System::nanoTime);
    }

    /** {@code nanoTime} stamps each edge (tests pass a controllable clock). */
    public Pi4jButton(Pi4jGpio gpio, ButtonConfig config, LongSupplier nanoTime) {
        this.gpio = gpio;
        this.detector = new PressDetector(config.debounce(), config.longPress());
        DigitalInput input = gpio.input(ID, config.pin(), config.pull());
        boolean pressedLevel = config.pull().pressedLevel();
        input.addListener(event -> {
            if (event.state() != DigitalState.UNKNOWN) {
                detector.edge(event.state().isHigh() == pressedLevel, nanoTime.getAsLong());
            }
        });
    }

    @Override
    public void addListener(Consumer<Press> listener) {
        detector.addListener(listener);
    }

    @Override
    public void close() {
        gpio.release(ID);
    }
}
