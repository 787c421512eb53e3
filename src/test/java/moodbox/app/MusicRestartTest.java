package moodbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import moodbox.config.SettingsStore;
import moodbox.emotion.Emotion;
import moodbox.music.TestAudio;
import moodbox.music.library.TrackIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changing the music folders from the page while the box plays: the music side restarts on the same SQLite
 * index file, twice in quick succession, and afterwards scans, Rescan and the resume point still work.
 */
class MusicRestartTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private String base;
    private String cookie;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (cookie == null) {
            cookie = response.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(null);
        }
        assertTrue(response.statusCode() < 300, method + " " + path + ": " + response.statusCode() + " " + response.body());
        return JSON.readTree(response.body());
    }

    /** Polls the page's status until it satisfies {@code ready}; fails (showing the last status) after a generous bound. */
    /** The settings page opens on its own thread: wait (up to 60 s) until the box says it is up. */
    private static void awaitPage(Appliance box) throws InterruptedException {
        for (int i = 0; i < 600 && box.holder().current().web() == null; i++) {
            Thread.sleep(100);
        }
        assertTrue(box.holder().current().web() != null, "the settings page came up within 60 s");
    }

    private JsonNode awaitStatus(String what, Predicate<JsonNode> ready) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        JsonNode status = call("GET", "/api/status", null);
        while (!ready.test(status)) {
            assertTrue(System.nanoTime() < until, what + ", but the page says " + status);
            Thread.sleep(100);
            status = call("GET", "/api/status", null);
        }
        return status;
    }

    private static String folders(Path... folders) {
        StringBuilder list = new StringBuilder();
        for (Path f : folders) {
            list.append(list.length() == 0 ? "" : ", ").append('"').append(f).append('"');
        }
        return "{\"musicFolders\": [" + list + "]}";
    }

    @Test
    void changingTheMusicFoldersTwiceWhilePlayingKeepsScanRescanAndResumePointWorking() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        for (int i = 0; i < 3; i++) {
            TestAudio.wav(TestAudio.GLOOMY, first.resolve("Sad/first-" + i + ".wav"));
        }
        for (int i = 0; i < 5; i++) {
            TestAudio.wav(TestAudio.GLOOMY, second.resolve("Sad/second-" + i + ".wav"));
        }
        Path config = dir.resolve("config");
        SettingsStore.open(config).update(JSON.readTree(folders(first)));
        int port = freePort();
        RunOptions options = new RunOptions(true, true, true, null, config, port, dir.resolve("no-model"), false);
        try (Appliance box = Appliance.start(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new ScriptedVision(Emotion.SAD), List.of())) {
            base = "http://127.0.0.1:" + port;
            awaitPage(box);
            call("POST", "/api/login", "{\"pin\": \"" + box.settings().current().web().pin() + "\"}");
            assertTrue(box.awaitFirstMood(PATIENCE), "a first mood");
            awaitStatus("3 songs in the first folder", s -> !s.get("scanning").asBoolean() && s.get("libraryTracks").asInt() == 3);

            call("PUT", "/api/settings", folders(first, second));   // as the page does, twice in quick succession
            call("PUT", "/api/settings", folders(second));
            awaitStatus("5 songs in the second folder after the restarts",
                    s -> !s.get("scanning").asBoolean() && s.get("libraryTracks").asInt() == 5);

            TestAudio.wav(TestAudio.GLOOMY, second.resolve("Sad/second-new.wav"));
            call("POST", "/api/rescan", "{}");
            JsonNode after = awaitStatus("Rescan finds the new song",
                    s -> !s.get("scanning").asBoolean() && s.get("libraryTracks").asInt() == 6);
            List<String> problems = new java.util.ArrayList<>();
            after.get("problems").forEach(problem -> problems.add(problem.asText()));
            problems.removeIf(problem -> problem.startsWith("Model:")); // this test runs without a model
            assertEquals(List.of(), problems, "no part failed: " + after);
            awaitStatus("a song from the second folder plays", s -> s.get("trackTitle").asText().startsWith("second-"));
        }
        try (TrackIndex index = TrackIndex.open(config.resolve("music-index.db"))) {
            Optional<String> resume = index.state("resume");
            assertTrue(resume.isPresent() && resume.get().contains(second.toString()),
                    "the resume point follows the songs played after the restart: " + resume);
        }
    }
}
