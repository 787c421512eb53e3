package moodbox.hardware.pi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import moodbox.config.Pull;
import moodbox.hardware.ButtonConfig;
import moodbox.hardware.DefaultPins;
import moodbox.state.Press;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Pi4jButtonTest {
    private final MockGpio mock = new MockGpio();
    private final AtomicLong now = new AtomicLong();
    private final List<Press> presses = new ArrayList<>();

    @AfterEach
    void shutdown() {
        mock.gpio.close();
    }

    private void level(int bcm, DigitalState state, long atMillis) {
        now.set(Duration.ofMillis(atMillis).toNanos());
        mock.input(bcm).mockState(state);
    }

    @Test
    void pullUpButtonPressedToGroundGivesShortAndLongPresses() {
        Pi4jButton button = new Pi4jButton(mock.gpio, DefaultPins.withRgb().button(), now::get);
        button.addListener(presses::add);
        level(26, DigitalState.HIGH, 0);
        level(26, DigitalState.LOW, 100);
        level(26, DigitalState.HIGH, 101);
        level(26, DigitalState.LOW, 103);
        level(26, DigitalState.HIGH, 400);
        level(26, DigitalState.LOW, 1000);
        level(26, DigitalState.HIGH, 3000);
        assertEquals(List.of(Press.SHORT, Press.LONG), presses);
        button.close();
        assertFalse(mock.isOpen(26));
    }

    @Test
    void pullDownButtonIsPressedWhenHighAndLongPressTimeIsConfigurable() {
        ButtonConfig config = new ButtonConfig(4, Pull.DOWN, Duration.ofMillis(10), Duration.ofMillis(500));
        Pi4jButton button = new Pi4jButton(mock.gpio, config, now::get);
        button.addListener(presses::add);
        level(4, DigitalState.HIGH, 0);
        level(4, DigitalState.LOW, 600);
        level(4, DigitalState.HIGH, 700);
        level(4, DigitalState.LOW, 800);
        assertEquals(List.of(Press.LONG, Press.SHORT), presses);
        button.close();
    }
}
