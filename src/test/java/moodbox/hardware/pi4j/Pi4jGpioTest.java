package moodbox.hardware.pi4j;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import moodbox.hardware.PinMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class Pi4jGpioTest {

    @Test
    void withoutGpioOpeningPinsFailsWithAClearMessage() {
        Assumptions.assumeFalse(Files.exists(Path.of("/proc/device-tree/model")),
                "this machine may have real GPIO; the test checks the no-GPIO error");
        try (Pi4jGpio gpio = Pi4jGpio.gpiod()) {
            GpioUnavailableException e = assertThrows(GpioUnavailableException.class,
                    () -> new Pi4jLedBank(gpio, PinMap.DEFAULT));
            assertTrue(e.getMessage().contains("GPIO 5"), e.getMessage());
            assertTrue(e.getMessage().contains("--simulate"), e.getMessage());
            assertThrows(GpioUnavailableException.class, () -> new Pi4jButton(gpio, PinMap.DEFAULT.button()));
        }
    }
}
