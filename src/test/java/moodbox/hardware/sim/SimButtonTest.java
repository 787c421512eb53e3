package moodbox.hardware.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import moodbox.config.Pull;
import moodbox.hardware.ButtonConfig;
import moodbox.state.Press;
import org.junit.jupiter.api.Test;

class SimButtonTest {

    @Test
    void simulatedPressesReachListenersAsTheRequestedKind() {
        SimButton button = new SimButton(new ButtonConfig(21, Pull.UP, Duration.ofMillis(30), Duration.ofMillis(80)));
        List<Press> heard = new ArrayList<>();
        button.addListener(heard::add);
        button.press(Press.SHORT);
        button.press(Press.LONG);
        button.press(Press.SHORT);
        assertEquals(List.of(Press.SHORT, Press.LONG, Press.SHORT), heard);
        button.close();
        assertThrows(IllegalStateException.class, () -> button.press(Press.SHORT));
    }
}
