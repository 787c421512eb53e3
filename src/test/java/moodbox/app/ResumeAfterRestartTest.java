package moodbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import moodbox.music.library.TrackIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The song keeps its place across a restart, end to end in separate JVMs: {@code run --simulate --headless
 * --events} with the demo music played to ALSA's null device, stopped (cleanly, or with {@code kill -9} once
 * the box has saved a resume point past the song's start), then started again on the same config folder: the
 * first {@code track} event names the same file with the saved position.
 */
class ResumeAfterRestartTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PATIENCE_MS = 180_000;

    @TempDir
    Path dir;

    private Process start(String... extra) throws Exception {
        Path alsa = dir.resolve("asound.conf");
        Files.writeString(alsa, "pcm.!default {\n  type file\n  slave.pcm \"null\"\n  file \"/dev/null\"\n  format \"raw\"\n}\n");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--simulate", "--headless", "--events", "--config-dir", dir.resolve("config").toString(),
                "--web-port", Integer.toString(freePort())));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.log").toFile()));
        pb.environment().put("ALSA_CONFIG_PATH", "/usr/share/alsa/alsa.conf:" + alsa);
        return pb.start();
    }

    /** The saved resume point: position in ms and file. */
    private Optional<String[]> savedPoint() throws Exception {
        Path db = dir.resolve("config/music-index.db");
        if (!Files.exists(db)) {
            return Optional.empty();
        }
        try (TrackIndex index = TrackIndex.open(db)) {
            return index.state("resume").map(v -> v.split("\t", 2));
        }
    }

    /** Reads event lines until the first {@code track} event. */
    private static JsonNode firstTrack(Process process) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            JsonNode event = JSON.readTree(line);
            if (event.get("type").asText().equals("track")) {
                return event;
            }
        }
        throw new AssertionError("the box ended without a track event");
    }

    private void assertResumes(String[] saved) throws Exception {
        long savedMs = Long.parseLong(saved[0]);
        assertTrue(savedMs > 0, "a position past the start was saved: " + savedMs);
        Process again = start();
        try {
            JsonNode track = firstTrack(again);
            assertEquals(saved[1], track.get("path").asText(), "the same song: " + track);
            assertEquals(savedMs, track.get("positionMs").asLong(), "from where it was: " + track);
        } finally {
            again.destroy();
            assertTrue(again.waitFor(60, TimeUnit.SECONDS), "the second run stops on SIGTERM");
        }
    }

    @Test
    void afterACleanStopTheFirstSongIsTheLastOneFromWhereItWas() throws Exception {
        Process first = start("--duration", "25");
        first.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(first.waitFor(120, TimeUnit.SECONDS), "the first run stops by itself");
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("stderr.log")));
        assertResumes(savedPoint().orElseThrow(() -> new AssertionError("no resume point saved on a clean stop")));
    }

    @Test
    void afterKillNineTheFirstSongIsTheLastOneFromTheLastSavedPosition() throws Exception {
        Process first = start();
        Thread drain = new Thread(() -> {
            try {
                first.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException ignored) {
                // the process was killed
            }
        });
        drain.start();
        long until = System.currentTimeMillis() + PATIENCE_MS;
        while (savedPoint().map(p -> Long.parseLong(p[0]) <= 0).orElse(true)) {
            assertTrue(System.currentTimeMillis() < until && first.isAlive(),
                    "a resume point past a song's start within 3 minutes:\n" + Files.readString(dir.resolve("stderr.log")));
            Thread.sleep(500);
        }
        first.destroyForcibly(); // SIGKILL: no shutdown hook runs, only the periodic save counts
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        drain.join(10_000);
        assertResumes(savedPoint().orElseThrow());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
