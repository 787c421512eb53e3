package moodbox.music.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import moodbox.cli.Args;
import moodbox.music.TestAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code library scan DIR --json} as the issue specifies it: tracks and errors, exit 0 despite broken files. */
class LibraryCommandTest {
    @TempDir
    Path dir;

    private int run(List<String> words, ByteArrayOutputStream out) throws Exception {
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return new LibraryCommand().run(Args.parse(words, new LibraryCommand().switches()));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void scanPrintsTracksAndErrorsAsJson() throws Exception {
        TestAudio.encode(TestAudio.BRIGHT, dir.resolve("calm/Bright – Ü.mp3"), "Bright", "Band", "");
        TestAudio.encode(TestAudio.GLOOMY, dir.resolve("gloomy.ogg"), "Gloomy", "Band", "");
        Files.writeString(dir.resolve("broken.mp3"), "garbage".repeat(100));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, run(List.of("scan", dir.toString(), "--json"), out));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        Map<String, JsonNode> tracks = new HashMap<>();
        json.get("tracks").forEach(t -> tracks.put(Path.of(t.get("path").asText()).getFileName().toString(), t));
        assertEquals(2, tracks.size(), json.toString());
        JsonNode bright = tracks.get("Bright – Ü.mp3");
        assertEquals("Bright", bright.get("title").asText());
        assertEquals("calm", bright.get("mood").asText());
        assertEquals("folder", bright.get("moodSource").asText());
        JsonNode gloomy = tracks.get("gloomy.ogg");
        assertEquals("sad", gloomy.get("mood").asText());
        assertEquals("analysis", gloomy.get("moodSource").asText());
        assertTrue(gloomy.get("valence").asDouble() < 0 && gloomy.get("arousal").asDouble() < 0, gloomy.toString());
        assertEquals(1, json.get("errors").size());
        assertTrue(json.get("errors").get(0).get("path").asText().endsWith("broken.mp3"));
        assertTrue(!json.get("errors").get(0).get("reason").asText().isBlank());
    }

    @Test
    void missingFolderIsAUsageError() {
        try {
            run(List.of("scan", dir.resolve("nope").toString()), new ByteArrayOutputStream());
            throw new AssertionError("no error");
        } catch (Args.UsageException e) {
            assertTrue(e.getMessage().contains("no such folder"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
