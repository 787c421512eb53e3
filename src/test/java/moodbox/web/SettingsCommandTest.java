package moodbox.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import moodbox.cli.Args;
import moodbox.config.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code settings}: what install.sh reads the PIN and port with. */
class SettingsCommandTest {
    @TempDir
    Path dir;

    private String run(String... words) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            SettingsCommand command = new SettingsCommand();
            assertEquals(0, command.run(Args.parse(List.of(words), command.switches())));
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void printsTheSettingsWithoutThePinAndSingleFieldsOnRequest() throws Exception {
        String config = dir.resolve("config").toString();
        String all = run("--config-dir", config);
        String pin = SettingsStore.open(Path.of(config)).current().web().pin();
        assertTrue(all.contains("\"maxVolume\" : 80"), all);
        assertFalse(all.contains(pin), "the JSON listing never shows the PIN");
        assertEquals(pin, run("--config-dir", config, "--get", "pin"));
        assertEquals("8080", run("--config-dir", config, "--get", "webPort"));
    }
}
