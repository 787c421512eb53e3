package moodbox.hardware.pi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.io.gpio.digital.DigitalState;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import moodbox.emotion.Emotion;
import moodbox.hardware.MoodLights;
import moodbox.hardware.PinMap;
import moodbox.hardware.RgbColor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pi4jLedBankTest {
    private final MockGpio mock = new MockGpio();

    @AfterEach
    void shutdown() {
        mock.gpio.close();
    }

    @ParameterizedTest
    @CsvSource({"Angry,5", "Disgust,6", "Fear,13", "Happy,19", "Sad,26", "Surprise,16", "Neutral,20"})
    void showingAMoodDrivesExactlyItsPinHigh(String mood, int bcm) {
        MoodLights lights = new MoodLights(new Pi4jLedBank(mock.gpio, PinMap.DEFAULT), problem -> { });
        lights.show(Emotion.fromLabel(mood));
        for (Emotion e : Emotion.values()) {
            int pin = PinMap.DEFAULT.ledPin(e);
            assertEquals(pin == bcm, mock.isHigh(pin), "GPIO " + pin);
        }
        lights.close();
    }

    @Test
    void pinsStartLowAndCloseDrivesThemLowAndReleasesThem() {
        Pi4jLedBank bank = new Pi4jLedBank(mock.gpio, PinMap.DEFAULT);
        for (int pin : new int[] {5, 6, 13, 19, 26, 16, 20, 17, 27, 22}) {
            assertFalse(mock.isHigh(pin), "GPIO " + pin + " must start low");
        }
        bank.set(Set.of(Emotion.values()), new RgbColor(255, 255, 255));
        assertTrue(mock.isHigh(19) && mock.isHigh(17) && mock.isHigh(22));
        var happy = mock.output(19);
        var red = mock.output(17);
        bank.close();
        assertEquals(DigitalState.LOW, happy.state());
        assertEquals(DigitalState.LOW, red.state());
        assertFalse(mock.isOpen(19), "pins are released on close");
        assertFalse(mock.isOpen(17), "pins are released on close");
    }

    @Test
    void pureRgbColoursAreSteadyLevels() {
        Pi4jLedBank bank = new Pi4jLedBank(mock.gpio, PinMap.DEFAULT);
        bank.set(Set.of(), new RgbColor(255, 0, 255));
        assertTrue(mock.isHigh(17));
        assertFalse(mock.isHigh(27));
        assertTrue(mock.isHigh(22));
        bank.close();
    }

    @Test
    void partialRgbChannelsArePulsedByPwm() throws Exception {
        Pi4jLedBank bank = new Pi4jLedBank(mock.gpio, PinMap.DEFAULT);
        var green = mock.output(27);
        var blue = mock.output(22);
        var greenLevels = new CopyOnWriteArrayList<DigitalState>();
        var blueLevels = new CopyOnWriteArrayList<DigitalState>();
        green.addListener(event -> greenLevels.add(event.state()));
        blue.addListener(event -> blueLevels.add(event.state()));
        bank.set(Set.of(), new RgbColor(255, 128, 0));
        Thread.sleep(200);
        bank.close();
        assertTrue(greenLevels.contains(DigitalState.HIGH) && greenLevels.contains(DigitalState.LOW),
                "green at half brightness must switch on and off: " + greenLevels.size() + " changes");
        assertTrue(greenLevels.size() >= 6, "several PWM periods in 200 ms, saw " + greenLevels.size());
        assertFalse(blueLevels.contains(DigitalState.HIGH), "blue at 0 stays off");
        assertEquals(DigitalState.LOW, green.state());
    }

    @Test
    void aMapWithoutRgbOpensNoRgbPins() {
        Pi4jLedBank bank = new Pi4jLedBank(mock.gpio, PinMap.DEFAULT.withoutRgb());
        bank.set(Set.of(Emotion.FEAR), new RgbColor(255, 0, 0));
        assertTrue(mock.isHigh(13));
        assertFalse(mock.isOpen(17));
        bank.close();
    }
}
