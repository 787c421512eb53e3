package moodbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import moodbox.music.TestAudio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Non-ASCII file names in a real child JVM started the way systemd starts a unit without {@code LANG}: no
 * locale at all, or C / POSIX. A JVM in such a locale reads file names as ASCII; the program must still scan
 * {@code Café del Mar/Ünïcödé.mp3}, and skip a name that is not UTF-8 with a reason instead of aborting.
 */
class PosixLocaleTest {
    @TempDir
    static Path stick;
    @TempDir
    static Path logs;

    @BeforeAll
    static void fillTheStick() throws Exception {
        TestAudio.encode(TestAudio.BRIGHT, stick.resolve("Café del Mar/Ünïcödé.mp3"), "Ünïcödé", "Café", "");
        TestAudio.wav(TestAudio.GLOOMY, stick.resolve("plain.wav"));
        // A Latin-1 name (0xE9 for é), as an old stick written elsewhere may hold: not valid UTF-8.
        TestAudio.run(List.of("sh", "-c", "cp \"$1/plain.wav\" \"$1/$(printf 'caf\\351.wav')\"", "sh", stick.toString()));
    }

    @ParameterizedTest(name = "LANG={0} LC_ALL={1}")
    @CsvSource({"'', ''", "C, ''", "'', POSIX", "en_US.UTF-8, C"})
    void libraryScanReadsNonAsciiNamesWhateverTheLocale(String lang, String lcAll) throws Exception {
        JsonNode json = scan(stick, lang, lcAll);
        List<String> tracks = new ArrayList<>();
        json.get("tracks").forEach(t -> tracks.add(stick.relativize(Path.of(t.get("path").asText())).toString()));
        assertEquals(List.of("Café del Mar/Ünïcödé.mp3", "plain.wav"), tracks.stream().sorted().toList(), json.toString());
        assertEquals(1, json.get("errors").size(), json.toString());
        JsonNode skipped = json.get("errors").get(0);
        assertTrue(skipped.get("path").asText().contains("caf"), skipped.toString());
        assertTrue(skipped.get("reason").asText().contains("not valid UTF-8"), skipped.toString());
    }

    @Test
    void aNonAsciiArgumentReachesTheProgramUnchangedWithoutALocale() throws Exception {
        JsonNode json = scan(stick.resolve("Café del Mar"), "", "");
        assertEquals(1, json.get("tracks").size(), json.toString());
        assertEquals(stick.resolve("Café del Mar/Ünïcödé.mp3").toString(), json.get("tracks").get(0).get("path").asText());
    }

    /** {@code library scan FOLDER --json} in a child JVM with only the given locale variables. */
    private static JsonNode scan(Path folder, String lang, String lcAll) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "library", "scan", folder.toString(), "--json"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        if (!lang.isEmpty()) {
            env.put("LANG", lang);
        }
        if (!lcAll.isEmpty()) {
            env.put("LC_ALL", lcAll);
        }
        Path err = Files.createTempFile(logs, "stderr", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "scan hung");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "exit code; stderr:\n" + stderr);
        return new ObjectMapper().readTree(out);
    }
}
