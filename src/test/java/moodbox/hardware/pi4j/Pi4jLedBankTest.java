package moodbox.hardware.pi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.io.gpio.digital.DigitalState;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import moodbox.config.RgbColor;
import moodbox.emotion.Emotion;
import moodbox.hardware.DefaultPins;
import moodbox.hardware.MoodLights;
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
    @CsvSource({"Angry,17", "Disgust,27", "Fear,22", "Happy,23", "Sad,24", "Surprise,25", "Neutral,5"})
    void showingAMoodDrivesExactlyItsPinHigh(String mood, int bcm) {
        MoodLights lights = new MoodLights(new Pi4jLedBank(mock.gpio, DefaultPins.withRgb()), problem -> { });
        lights.show(Emotion.fromLabel(mood));
        for (Emotion e : Emotion.values()) {
            int pin = DefaultPins.withRgb().ledPin(e);
            assertEquals(pin == bcm, mock.isHigh(pin), "GPIO " + pin);
        }
        lights.close();
    }

    @Test
    void pinsStartLowAndCloseDrivesThemLowAndReleasesThem() {
        Pi4jLedBank bank = new Pi4jLedBank(mock.gpio, DefaultPins.withRgb());
        for (int pin : new int[] {17, 27, 22, 23, 24, 25, 5, 12, 13, 16}) {
            assertFalse(mock.isHigh(pin), "GPIO " + pin + " must start low");
        }
        bank.set(Set.of(Emotion.values()), new RgbColor(255, 255, 255));
        assertTrue(mock.isHigh(23) && mock.isHigh(12) && mock.isHigh(16));
        var happy = mock.output(23);
        var red = mock.output(12);
        bank.close();
        assertEquals(DigitalState.LOW, happy.state());
        assertEquals(DigitalState.LOW, red.state());
        assertFalse(mock.isOpen(23), "pins are released on close");
        assertFalse(mock.isOpen(12), "pins are released on close");
    }

    @Test
    void pureRgbColoursAreSteadyLevels() {
        Pi4jLedBank bank = new Pi4jLedBank(mock.gpio, DefaultPins.withRgb());
        bank.set(Set.of(), new RgbColor(255, 0, 255));
        assertTrue(mock.isHigh(12));
        assertFalse(mock.isHigh(13));
        assertTrue(mock.isHigh(16));
        bank.close();
    }

    @Test
    void partialRgbChannelsArePulsedByPwm() throws Exception {
        Pi4jLedBank bank = new Pi4jLedBank(mock.gpio, DefaultPins.withRgb());
        var green = mock.output(13);
        var blue = mock.output(16);
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
        Pi4jLedBank bank = new Pi4jLedBank(mock.gpio, DefaultPins.withRgb().withoutRgb());
        bank.set(Set.of(Emotion.FEAR), new RgbColor(255, 0, 0));
        assertTrue(mock.isHigh(22));
        assertFalse(mock.isOpen(12));
        bank.close();
    }
}
