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
        assertEquals("Maximum volume must be from 0 to 100, not 101", json(r).get("error").textValue(), "in words, not the field's name");
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

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:PORT", "localhost", "localhost:8080", "LocalHost", "moodbox-test",
        "moodbox-test:PORT", "moodbox-test.local", "MOODBOX-TEST.LOCAL:80"})
    void theBoxsOwnNamesAreAccepted(String host) throws Exception {
        String answer = t.raw("GET / HTTP/1.1\r\nHost: " + host.replace("PORT", "" + t.server.port()) + "\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), host + ": " + answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"moodbox-test.evil.example", "moodbox-test.local.evil.example", "moodbox-test.evil.example:PORT",
        "evil.example", "moodbox-testx", "xmoodbox-test", "moodbox-test.", "localhost.", "localhost.evil.example",
        "127.0.0.2", "10.0.0.1:PORT", "[::1]", "999.0.0.1", "0x7f.0.0.1", "127.1", "127.0.0.1:abc", "127.0.0.1:",
        "[::ffff:zz]", "127.0.0.1.evil.example"})
    void everyOtherHostIsRefusedBeforeAnyRouteLoginIncluded(String host) throws Exception {
        String h = host.replace("PORT", "" + t.server.port());
        String page = t.raw("GET / HTTP/1.1\r\nHost: " + h + "\r\n");
        assertTrue(page.startsWith("HTTP/1.1 403") || page.startsWith("HTTP/1.1 400"), host + ": " + page);
        String body = "{\"pin\": \"" + t.pin() + "\"}";
        String login = t.raw("POST /api/login HTTP/1.1\r\nHost: " + h + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n", body);
        assertTrue(login.startsWith("HTTP/1.1 403") || login.startsWith("HTTP/1.1 400"), host + ": " + login);
        assertFalse(login.contains("Set-Cookie"), login);
        String settings = t.raw("GET /api/settings HTTP/1.1\r\nHost: " + h + "\r\nCookie: " + t.session() + "\r\n");
        assertFalse(settings.startsWith("HTTP/1.1 200"), host + ": " + settings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"maxVolume\":55} xyz", "{\"maxVolume\":55}{\"maxVolume\":56}", "{\"maxVolume\":55}]",
        "{\"maxVolume\":55} 1", "{\"maxVolume\":55,\"maxVolume\":56}", "{\"maxVolume\":55} // more"})
    void trailingDataOrADuplicateKeyIsA400AndNothingIsSaved(String body) throws Exception {
        HttpResponse<String> r = t.send("PUT", "/api/settings", body, t.session());
        assertEquals(400, r.statusCode(), body + ": " + r.body());
        assertEquals(80, t.store.current().volume().maxVolume());
    }

    @Test
    void aBoxNamedLocalhostServesToo() throws Exception {
        try (WebServer named = WebServer.start(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0),
                "localhost", t.store, t.box, t.history, t.clock)) {
            HttpResponse<String> page = t.client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + named.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "null", "true", "1", "\"text\"", "[]", "[{}]", "{", "}", "{\"maxVolume\"}",
        "{\"maxVolume\":}", "{maxVolume: 55}", "{'maxVolume': 55}", "{\"maxVolume\": 55,}", "{\"maxVolume\": 0x37}",
        "{\"maxVolume\": NaN}", "{\"maxVolume\": \"55\"", "\u0000{}", "{\"a\":\"\\x41\"}", "{\"maxVolume\": 55} {",
        "{\"maxVolume\": [55}", "{\"maxVolume\": 5 5}", "<maxVolume>55</maxVolume>", "maxVolume=55"})
    void malformedJsonIsA400AndNothingIsSaved(String body) throws Exception {
        HttpResponse<String> r = t.send("PUT", "/api/settings", body, t.session());
        assertEquals(400, r.statusCode(), "[" + body + "]: " + r.body());
        assertEquals(80, t.store.current().volume().maxVolume());
        assertFalse(r.body().contains(t.pin()));
    }

    @Test
    void whitespaceAfterTheObjectIsFine() throws Exception {
        assertEquals(200, t.send("PUT", "/api/settings", "{\"maxVolume\":55}  \n", t.session()).statusCode());
        assertEquals(55, t.store.current().volume().maxVolume());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /nope HTTP/1.1\r\nHost: 127.0.0.1\r\n", "DELETE / HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        "GET /api/settings HTTP/1.1\r\nHost: 127.0.0.1\r\n", "GET / HTTP/1.1\r\nHost: evil.example\r\n",
        "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n", "GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        "BLAH\r\n", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: BIG\r\n", "GET / HTTP/1.1\r\n",
        "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 999999\r\n",
        "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}"})
    void errorAnswersCarryTheSameSecurityHeaders(String request) throws Exception {
        String answer = t.raw(request.replace("BIG", "x".repeat(20_000)));
        assertFalse(answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.1 2"), answer);
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.contains("content-security-policy: default-src 'self'"), answer);
        assertTrue(head.contains("frame-ancestors 'none'"), answer);
        assertTrue(head.contains("x-content-type-options: nosniff"), answer);
        assertTrue(head.contains("referrer-policy: no-referrer"), answer);
        assertFalse(answer.toLowerCase(java.util.Locale.ROOT).contains("<html"), "no HTML error pages: " + answer);
    }

    @Test
    void theLogDownloadBlanksEveryPinTheBoxEverHad() throws Exception {
        String cookie = t.session();
        String first = t.pin();
        String second = first.equals("246810") ? "135791" : "246810";
        String third = first.equals("864200") ? "975311" : "864200";
        assertEquals(200, t.send("PUT", "/api/settings", "{\"pin\": \"" + second + "\"}", cookie).statusCode());
        assertEquals(200, t.send("PUT", "/api/settings", "{\"pin\": \"" + third + "\"}", cookie).statusCode());
        t.box.logs = "{\"type\":\"web\",\"pin\":\"" + first + "\"}\nweb PIN " + second + " shown\nPIN:" + third
                + "\nstarted in 1542 ms at 2026-12-01T20:14:37+0000; 1234567 bytes\n";
        HttpResponse<String> logs = t.send("GET", "/api/logs", null, cookie);
        assertEquals(200, logs.statusCode());
        for (String pin : List.of(first, second, third)) {
            assertFalse(logs.body().contains(pin), pin + " in " + logs.body());
        }
        assertTrue(logs.body().contains("web PIN ****** shown"), logs.body());
        assertTrue(logs.body().contains("1542 ms at 2026-12-01T20:14:37+0000; 1234567 bytes"), "other numbers stay: " + logs.body());
    }

    @Test
    void wrongPinsAreRateLimitedThenAllowedAgainAfterTheLockout() throws Exception {
        String wrong = t.pin().equals("999999") ? "111111" : "999999";
        for (int i = 0; i < LoginGate.FREE_TRIES; i++) {
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
        "/config/settings.json", "/history.db", "/../../../../etc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/%252e%252e/settings.json", "/..\\settings.json", "/.%2e/settings.json", "/%2e./settings.json", "/./settings.json",
        "/static/../../settings.json", "/app.js%00.json", "/app.js;/../settings.json", "/;/../settings.json",
        "/index.html/../../../etc/passwd", "/moodbox/web/static/app.js", "/%c0%ae%c0%ae/settings.json",
        "/settings.json.previous", "/settings.json.corrupt", "/config/", "/api/logs/../../settings.json",
        "/api/%2e%2e/settings.json", "/..;/settings.json", "/%5c..%5csettings.json", "/etc/passwd",
        "/file:///etc/passwd", "/favicon.svg/../settings.json", "/proc/self/environ"})
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
    void thePlayerRoutesNeedASessionPauseResumeSkipAndKeepTheVolumeWithinTheMaximum() throws Exception {
        assertEquals(401, t.send("POST", "/api/pause", "{}", null).statusCode());
        String cookie = t.session();
        assertTrue(json(t.send("POST", "/api/pause", "{}", cookie)).get("paused").booleanValue());
        assertFalse(json(t.send("POST", "/api/resume", "{}", cookie)).get("paused").booleanValue());
        assertEquals(200, t.send("POST", "/api/skip", "{}", cookie).statusCode());
        assertEquals(1, t.box.skips.get());
        assertEquals(65, json(t.send("POST", "/api/volume", "{\"volume\": 65}", cookie)).get("volume").intValue());
        HttpResponse<String> loud = t.send("POST", "/api/volume", "{\"volume\": 95}", cookie);
        assertEquals(400, loud.statusCode());
        assertTrue(json(loud).get("error").textValue().contains("at most " + FakeBox.MAX_VOLUME), loud.body());
        assertEquals(400, t.send("POST", "/api/volume", "{\"volume\": \"loud\"}", cookie).statusCode());
        assertEquals(65, json(t.send("GET", "/api/status", null, cookie)).get("volume").intValue(), "refused volumes change nothing");
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
