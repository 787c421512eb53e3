package moodbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's target, end to end in a separate JVM: {@code run --simulate --headless --duration 40 --events}
 * with the synthetic scene, the shipped model, the demo music played to ALSA's null device and the simulated
 * hand on the button. Asserts on the JSON event lines and the exit code.
 */
class SimulateRunTest {
    @TempDir
    Path dir;

    @Test
    void fortySecondsOfSimulateShowMoodsASongLedsAndAPressAndExitZero() throws Exception {
        Path alsa = dir.resolve("asound.conf");
        Files.writeString(alsa, "pcm.!default {\n  type file\n  slave.pcm \"null\"\n  file \"/dev/null\"\n  format \"raw\"\n}\n");
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--simulate", "--headless", "--duration", "40", "--events",
                "--config-dir", dir.resolve("config").toString(), "--web-port", Integer.toString(port))
                .redirectError(dir.resolve("stderr.log").toFile());
        pb.environment().put("ALSA_CONFIG_PATH", "/usr/share/alsa/alsa.conf:" + alsa);
        Process process = pb.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the run stops by itself");
        String log = Files.readString(dir.resolve("stderr.log"));
        assertEquals(0, process.exitValue(), log);

        List<JsonNode> events = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            events.add(new ObjectMapper().readTree(line));
        }
        List<String> types = events.stream().map(e -> e.get("type").asText()).toList();
        assertTrue(types.stream().filter("mood"::equals).count() >= 2, "two mood decisions: " + types + "\n" + log);
        assertTrue(types.contains("track") && types.contains("leds") && types.contains("button"), types.toString());
        assertTrue(events.stream().anyMatch(e -> e.get("type").asText().equals("track")
                && e.get("path").asText().endsWith(".wav")), "a demo song played");
        assertTrue(events.stream().anyMatch(e -> e.get("type").asText().equals("leds") && e.get("on").size() == 1),
                "a mood LED was lit");
        assertTrue(events.stream().anyMatch(e -> e.get("type").asText().equals("web") && e.has("url") && e.has("pin")));
        assertTrue(events.stream().anyMatch(e -> e.get("type").asText().equals("camera") && e.get("status").asText().equals("simulated")));
        assertTrue(log.contains("closed camera") && log.contains("closed simulated LEDs and button"), "parts closed in order:\n" + log);
        assertTrue(log.indexOf("closed camera") < log.indexOf("closed simulated LEDs and button"), "camera first, LEDs late");
    }

    @Test
    void sigtermClosesEveryPartInReverseOrder() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--simulate", "--headless", "--events", "--config-dir", dir.resolve("config").toString(),
                "--web-port", Integer.toString(freePort()))
                .redirectError(dir.resolve("stderr.log").toFile()).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.contains("\"type\":\"looking\"")) {
                // wait until the engine runs
            }
            process.destroy(); // SIGTERM, as systemd sends it
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stops within 30 s of SIGTERM");
        }
        String log = Files.readString(dir.resolve("stderr.log"));
        List<String> closed = log.lines().filter(l -> l.contains("Lifecycle - closed ")).map(l -> l.replaceAll(".*closed (.*) in .*", "$1")).toList();
        assertTrue(closed.indexOf("engine") < closed.indexOf("simulated LEDs and button")
                && closed.indexOf("engine") >= 0 && closed.contains("music"), "closed in reverse order: " + closed);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
