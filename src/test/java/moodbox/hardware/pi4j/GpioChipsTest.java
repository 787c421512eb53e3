package moodbox.hardware.pi4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GPIO message names the cause seen on the devices, and what to do about it. */
class GpioChipsTest {
    @TempDir
    Path dev;

    @Test
    void noChipAtAllSaysSo() {
        String message = GpioChips.diagnose(dev, chip -> true);
        assertTrue(message.contains("no " + dev + "/gpiochip* device"), message);
    }

    @Test
    void aChipThisUserMayNotOpenNamesTheGroupAndTheDevice() throws Exception {
        Files.createFile(dev.resolve("gpiochip0"));
        Files.createFile(dev.resolve("gpiochip4"));
        String message = GpioChips.diagnose(dev, chip -> !chip.endsWith("gpiochip4"));
        assertTrue(message.contains("may not open " + dev.resolve("gpiochip4")) && !message.contains("gpiochip0"), message);
        assertTrue(message.contains("group 'gpio'") && message.contains("usermod -aG gpio"), message);
    }

    @Test
    void chipsThatOpenButAreNotThePisSayWhichWereTried() throws Exception {
        Files.createFile(dev.resolve("gpiochip0"));
        String message = GpioChips.diagnose(dev, GpioChips::canOpen);
        assertTrue(message.contains("none of " + dev.resolve("gpiochip0")) && message.contains("pinctrl"), message);
    }

    @Test
    void thePi4jErrorCarriesTheRealCause() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(Path.of("/proc/device-tree/model")), "no real GPIO here");
        try (Pi4jGpio gpio = Pi4jGpio.gpiod()) {
            GpioUnavailableException e = org.junit.jupiter.api.Assertions.assertThrows(GpioUnavailableException.class,
                    () -> new Pi4jLedBank(gpio, moodbox.hardware.DefaultPins.withRgb()));
            assertTrue(e.getMessage().contains(GpioChips.diagnose(GpioChips.DEV, GpioChips::canOpen)), e.getMessage());
            assertTrue(e.getMessage().contains("/dev/gpiochip"), e.getMessage());
        }
    }
}
