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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import moodbox.config.SettingsStore;
import moodbox.emotion.Emotion;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.testing.Disks;
import moodbox.web.MoodHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config folder turned read-only (a real read-only bind mount when root) with a torn settings file and an
 * existing mood history: the box runs on the last good settings, says so on the screen and the page, and the
 * page comes up without the history chart, saying why.
 */
class ReadOnlyConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> send(String method, String url, String body, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReadOnlyConfigFolderWithATornSettingsFileRunsOnTheLastGoodSettingsAndThePageComesUpWithoutHistory() throws Exception {
        Path config = dir.resolve("config");
        SettingsStore store = SettingsStore.open(config);
        store.update(JSON.readTree("{\"maxVolume\": 70}"));
        store.update(JSON.readTree("{\"maxVolume\": 65}"));
        String pin = store.current().web().pin();
        new MoodHistory(config.resolve("history.db"), Clock.systemUTC()).close();
        Files.writeString(store.file(), "{\"maxVolume\": 6"); // a torn write
        int port = freePort();
        RunOptions options = new RunOptions(true, true, true, null, config, port, dir.resolve("no-model"), false);
        try (Disks.Mount readOnly = Disks.readOnly(config);
             Appliance box = Appliance.start(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                     new ScriptedVision(Emotion.HAPPY), List.of())) {
            assertEquals(70, box.settings().current().volume().maxVolume(), "the previous good settings");
            assertEquals(pin, box.settings().current().web().pin());
            PartStatus settings = box.holder().current().status(Part.SETTINGS);
            assertTrue(settings.failed() && settings.detail().contains("corrupt") && settings.detail().contains("in memory"),
                    "the screen says so: " + settings);

            String base = "http://127.0.0.1:" + port;
            for (int i = 0; i < 600 && box.holder().current().web() == null; i++) { // the page opens on its own thread
                Thread.sleep(100);
            }
            assertEquals(200, send("GET", base + "/", null, null).statusCode(), "the settings page is up");
            HttpResponse<String> login = send("POST", base + "/api/login", "{\"pin\": \"" + pin + "\"}", null);
            assertEquals(200, login.statusCode(), login.body());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            JsonNode status = JSON.readTree(send("GET", base + "/api/status", null, cookie).body());
            assertTrue(status.path("settingsProblem").asText().contains("in memory"), "the page says so: " + status);
            HttpResponse<String> history = send("GET", base + "/api/history?days=7", null, cookie);
            assertEquals(503, history.statusCode(), history.body());
            assertTrue(JSON.readTree(history.body()).path("error").asText().contains("mood history is unavailable"), history.body());
            HttpResponse<String> save = send("PUT", base + "/api/settings", "{\"maxVolume\": 50}", cookie);
            assertEquals(503, save.statusCode(), save.body());
            assertTrue(JSON.readTree(save.body()).path("error").asText().contains("could not be saved"), save.body());
            assertEquals(70, box.settings().current().volume().maxVolume(), "nothing changed");
        }
    }
}
