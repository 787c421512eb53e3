package moodbox.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import moodbox.config.Settings;
import moodbox.emotion.Emotion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebServerTest {
    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() throws Exception {
        t = new TestServer(dir);
    }

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Http.JSON.readTree(r.body());
    }

    @Test
    void theRightPinGivesAStrictHttpOnlySessionCookieAndAWrongOneA401() throws Exception {
        assertEquals(401, t.login("000000".equals(t.pin()) ? "111111" : "000000").statusCode());
        HttpResponse<String> ok = t.login(t.pin());
        assertEquals(200, ok.statusCode());
        String cookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void settingsNeedASessionAndNeverIncludeThePin() throws Exception {
        assertEquals(401, t.send("GET", "/api/settings", null, null).statusCode());
        assertEquals(401, t.send("GET", "/api/settings", null, "moodbox_session=forged").statusCode());
        HttpResponse<String> r = t.send("GET", "/api/settings", null, t.session());
        assertEquals(200, r.statusCode());
        assertEquals(80, json(r).get("maxVolume").intValue());
        assertEquals("match", json(r).get("policy").textValue());
        assertFalse(r.body().contains(t.pin()), "the PIN must not be sent");
    }

    @Test
    void aGoodChangeIsSavedAndReachesListeners() throws Exception {
        List<Settings> heard = new ArrayList<>();
        t.store.onChange(heard::add);
        HttpResponse<String> r = t.send("PUT", "/api/settings", "{\"maxVolume\": 55, \"policy\": \"lift\"}", t.session());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(55, json(r).get("maxVolume").intValue());
        assertEquals("lift", json(r).get("policy").textValue());
        assertEquals(55, heard.get(0).volume().maxVolume());
        assertTrue(Files.readString(t.store.file()).contains("\"maxVolume\" : 55"));
    }

    @Test
    void aBadFieldIsA400NamingItAndNothingIsSaved() throws Exception {
        byte[] before = Files.readAllBytes(t.store.file());
        HttpResponse<String> r = t.send("PUT", "/api/settings", "{\"policy\": \"lift\", \"maxVolume\": 101}", t.session());
        assertEquals(400, r.statusCode());
        assertEquals("maxVolume", json(r).get("field").textValue());
        assertTrue(json(r).get("error").textValue().contains("maxVolume"));
        assertArrayEquals(before, Files.readAllBytes(t.store.file()));
        assertEquals("match", t.store.current().music().policy().json());
        assertEquals(400, t.send("PUT", "/api/settings", "not json", t.session()).statusCode());
    }

    @Test
    void stateChangesNeedJsonAndTheSameOrigin() throws Exception {
        String cookie = t.session();
        String body = "{\"maxVolume\": 50}";
        String plain = t.raw("PUT /api/settings HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie
                + "\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n", body);
        assertTrue(plain.startsWith("HTTP/1.1 415"), plain);
        String foreign = t.raw("PUT /api/settings HTTP/1.1\r\nHost: 127.0.0.1:" + t.server.port() + "\r\nCookie: " + cookie
                + "\r\nOrigin: http://evil.example\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\n", body);
        assertTrue(foreign.startsWith("HTTP/1.1 403"), foreign);
        String same = t.raw("PUT /api/settings HTTP/1.1\r\nHost: 127.0.0.1:" + t.server.port() + "\r\nCookie: " + cookie
                + "\r\nOrigin: http://127.0.0.1:" + t.server.port() + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\n", body);
        assertTrue(same.startsWith("HTTP/1.1 200"), same);
        assertEquals(50, t.store.current().volume().maxVolume(), "only the same-origin JSON request changed it");
    }

    @Test
    void anUnknownHostNameIsRefused() throws Exception {
        String rebound = t.raw("GET / HTTP/1.1\r\nHost: attacker.example:8080\r\n");
        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertTrue(t.raw("GET / HTTP/1.1\r\nHost: moodbox-test.local:8080\r\n").startsWith("HTTP/1.1 200"));
    }

    @Test
    void wrongPinsAreRateLimitedThenAllowedAgainAfterTheLockout() throws Exception {
        String wrong = t.pin().equals("999999") ? "111111" : "999999";
        for (int i = 0; i < LoginThrottle.FREE_TRIES; i++) {
            assertEquals(401, t.login(wrong).statusCode());
        }
        HttpResponse<String> locked = t.login(t.pin());
        assertEquals(429, locked.statusCode(), "even the right PIN waits during the lockout");
        assertTrue(locked.headers().firstValue("Retry-After").isPresent());
        t.clock.advance(Duration.ofSeconds(31));
        assertEquals(200, t.login(t.pin()).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../settings.json", "/%2e%2e/settings.json", "/settings.json", "/api/../settings.json",
        "/app.js/../../config/settings.json", "//etc/passwd", "/..%2f..%2fetc%2fpasswd", "/api/settings/../../settings.json",
        "/config/settings.json", "/history.db"})
    void noPathReachesFilesOutsideThePage(String path) throws Exception {
        String cookie = t.session();
        String answer = t.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie + "\r\n");
        assertFalse(answer.startsWith("HTTP/1.1 200"), answer);
        assertFalse(answer.contains(t.pin()), answer);
        assertFalse(answer.contains("root:"), answer);
    }

    @Test
    void thePageAndItsScriptAreServedWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = t.send("GET", "/", null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Moodbox</title>"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'self'"));
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no external assets");
        assertEquals(200, t.send("GET", "/app.js", null, null).statusCode());
    }

    @Test
    void actionsStatusAndLogsNeedASessionAndLogsHideThePin() throws Exception {
        assertEquals(401, t.send("POST", "/api/test-leds", "{}", null).statusCode());
        assertEquals(0, t.box.ledTests.get());
        String cookie = t.session();
        assertEquals(202, t.send("POST", "/api/test-leds", "{}", cookie).statusCode());
        assertEquals(202, t.send("POST", "/api/rescan", "{}", cookie).statusCode());
        assertEquals(1, t.box.ledTests.get());
        assertEquals(1, t.box.rescans.get());
        JsonNode status = json(t.send("GET", "/api/status", null, cookie));
        assertEquals("Happy", status.get("mood").textValue());
        assertEquals(12, status.get("scannedFiles").intValue());
        t.box.logs = "started; web PIN " + t.pin() + " shown on screen\n";
        HttpResponse<String> logs = t.send("GET", "/api/logs", null, cookie);
        assertEquals(200, logs.statusCode());
        assertTrue(logs.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        assertFalse(logs.body().contains(t.pin()), logs.body());
        assertTrue(logs.body().contains("web PIN ******"));
    }

    @Test
    void historyCountsMoodsPerDayAndListsSongs() throws Exception {
        t.history.recordMood(Emotion.SAD, 0.7);
        t.clock.advance(Duration.ofDays(1));
        t.history.recordMood(Emotion.HAPPY, 0.9);
        t.history.recordMood(Emotion.HAPPY, 0.8);
        t.history.recordTrack("Blue", "Joni Mitchell", Emotion.HAPPY);
        JsonNode h = json(t.send("GET", "/api/history?days=3", null, t.session()));
        JsonNode days = h.get("days");
        assertEquals(3, days.size());
        assertEquals(1, days.get(1).get("counts").get("Sad").intValue());
        assertEquals(2, days.get(2).get("counts").get("Happy").intValue());
        assertEquals("Blue", h.get("tracks").get(0).get("title").textValue());
        assertEquals(400, t.send("GET", "/api/history?days=x", null, t.session()).statusCode());
    }

    @Test
    void changingThePinLogsOutEveryOtherBrowser() throws Exception {
        String mine = t.session();
        String other = t.session();
        String newPin = t.pin().equals("246810") ? "135791" : "246810";
        assertEquals(200, t.send("PUT", "/api/settings", "{\"pin\": \"" + newPin + "\"}", mine).statusCode());
        assertEquals(newPin, t.store.current().web().pin());
        assertEquals(200, t.send("GET", "/api/settings", null, mine).statusCode());
        assertEquals(401, t.send("GET", "/api/settings", null, other).statusCode());
    }
}
