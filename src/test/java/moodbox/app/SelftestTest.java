package moodbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import moodbox.config.Settings;
import moodbox.emotion.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembly check in simulate mode: the set-up address and PIN, every LED named, its own press, each part reported. */
class SelftestTest {
    @TempDir
    Path dir;

    @Test
    void simulatedSelftestNamesEachLedPressesItsButtonAndReportsEveryPart() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> failed = new Selftest(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(Settings.defaults("123456"),
                true, dir.resolve("no-model"), Duration.ofSeconds(5), new ScriptedVision(Emotion.HAPPY));
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (String led : List.of("Angry LED (GPIO 17)", "Disgust LED (GPIO 27)", "Neutral LED (GPIO 5)")) {
            assertTrue(out.contains(led), "names " + led + ":\n" + out);
        }
        assertTrue(out.matches("(?s).*settings page: http://[^ ]+:8080/ \\(PIN 123456\\).*"), "the set-up address and PIN: " + out);
        assertTrue(out.contains("PASS leds: 7 LEDs driven"), out);
        assertTrue(out.contains("PASS button: short press seen"), out);
        assertTrue(out.contains("FAIL model: no emotion model in"), out);
        assertTrue(out.contains("PASS camera: 32x24 frame, a face found"), out);
        assertTrue(out.contains("PASS sound") || out.contains("FAIL sound"), "the tone is tried: " + out);
        assertEquals(out.contains("FAIL sound") ? List.of("sound", "model") : List.of("model"), failed);
    }
}
