package moodbox.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import moodbox.hardware.Button;
import moodbox.hardware.MoodLights;
import moodbox.hardware.PinMap;
import moodbox.hardware.pi4j.Pi4jButton;
import moodbox.hardware.pi4j.Pi4jGpio;
import moodbox.hardware.pi4j.Pi4jLedBank;
import moodbox.hardware.sim.SimButton;
import moodbox.hardware.sim.SimLedBank;

/**
 * The mood LEDs and the button, either on GPIO through Pi4J or simulated ({@code sim} is then the button a
 * program can press). Closing turns the LEDs off and releases the pins.
 */
record Hardware(MoodLights lights, Button button, SimButton sim, Pi4jGpio gpio, String description) implements AutoCloseable {

    static Hardware simulated(PinMap pins, Consumer<String> problems) {
        SimButton button = new SimButton(pins.button());
        return new Hardware(new MoodLights(new SimLedBank(), problems), button, button, null, "simulated LEDs and button");
    }

    /** The real pins; throws {@code GpioUnavailableException} (after releasing what it opened) when GPIO fails. */
    static Hardware gpio(PinMap pins, Consumer<String> problems) {
        Pi4jGpio gpio = Pi4jGpio.gpiod();
        try {
            MoodLights lights = new MoodLights(new Pi4jLedBank(gpio, pins), problems);
            try {
                Button button = new Pi4jButton(gpio, pins.button());
                return new Hardware(lights, button, null, gpio, "7 mood LEDs" + (pins.rgb() == null ? "" : " and the RGB LED")
                        + ", button on GPIO " + pins.button().pin());
            } catch (RuntimeException e) {
                lights.close();
                throw e;
            }
        } catch (RuntimeException e) {
            gpio.close();
            throw e;
        }
    }

    /** True on a Raspberry Pi (its device tree names the board), where missing GPIO is a fault, not a mistake. */
    static boolean isRaspberryPi(Path deviceTreeModel) {
        try {
            return Files.readString(deviceTreeModel).contains("Raspberry Pi");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            button.close();
            lights.close();
        } finally {
            if (gpio != null) {
                gpio.close();
            }
        }
    }
}
