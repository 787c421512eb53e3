package moodbox.hardware.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import moodbox.config.Pull;

/**
 * One Pi4J context and the providers to make pins with. {@link #gpiod()} is the real one (libgpiod, the
 * character device: Raspberry Pi 4 and 5, no root). Tests build one on Pi4J's mock platform with
 * {@link #Pi4jGpio(Context, String, String)}. Creating a pin on a machine without GPIO throws
 * {@link GpioUnavailableException} with a message a user can act on; nothing is simulated silently.
 */
public final class Pi4jGpio implements AutoCloseable {
    private final Context context;
    private final String outputProvider;
    private final String inputProvider;

    public Pi4jGpio(Context context, String outputProvider, String inputProvider) {
        this.context = context;
        this.outputProvider = outputProvider;
        this.inputProvider = inputProvider;
    }

    /** The real GPIO through libgpiod; only the gpiod providers are loaded, never a mock. */
    public static Pi4jGpio gpiod() {
        try {
            Context context = Pi4J.newContextBuilder().noAutoDetect()
                    .add(GpioDDigitalOutputProvider.newInstance(), GpioDDigitalInputProvider.newInstance())
                    .build();
            return new Pi4jGpio(context, GpioDDigitalOutputProvider.ID, GpioDDigitalInputProvider.ID);
        } catch (RuntimeException | LinkageError e) {
            throw unavailable("could not start Pi4J", e);
        }
    }

    /** An output pin, low now and driven low again when the context shuts down. */
    DigitalOutput output(String id, int bcm) {
        try {
            return context.create(DigitalOutput.newConfigBuilder(context).id(id).name(id).address(bcm)
                    .initial(DigitalState.LOW).shutdown(DigitalState.LOW).provider(outputProvider).build());
        } catch (RuntimeException e) {
            throw unavailable("could not open GPIO " + bcm + " for " + id, e);
        }
    }

    DigitalInput input(String id, int bcm, Pull pull) {
        PullResistance resistance = pull == Pull.UP ? PullResistance.PULL_UP : PullResistance.PULL_DOWN;
        try {
            return context.create(DigitalInput.newConfigBuilder(context).id(id).name(id).address(bcm)
                    .pull(resistance).provider(inputProvider).build());
        } catch (RuntimeException e) {
            throw unavailable("could not open GPIO " + bcm + " for " + id, e);
        }
    }

    void release(String id) {
        try {
            context.shutdown(id);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Pi4jGpio.class).warn("could not release {}: {}", id, e.getMessage());
        }
    }

    /**
     * The message names the real cause, found by looking at {@code /dev/gpiochip*} ({@link GpioChips}), and
     * what to do; Pi4J's own words ("provider … could not be found", "No gpio chip yet initialized!") follow.
     */
    private static GpioUnavailableException unavailable(String what, Throwable cause) {
        return new GpioUnavailableException(what + ": " + GpioChips.diagnose(GpioChips.DEV, GpioChips::canOpen)
                + " (Pi4J: " + cause.getMessage() + "; use --simulate to run with simulated LEDs and button)", cause);
    }

    @Override
    public void close() {
        context.shutdown();
    }
}
