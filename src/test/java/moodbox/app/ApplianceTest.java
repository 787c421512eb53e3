package moodbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import moodbox.emotion.Emotion;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring in one JVM, with a scripted camera and mood reader; everything else is the real simulate path. */
class ApplianceTest {
    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private RunOptions options(boolean simulate, Duration duration) throws Exception {
        return new RunOptions(simulate, true, true, duration, dir.resolve("config"), freePort(), dir.resolve("no-model"), false);
    }

    private static List<JsonNode> lines(ByteArrayOutputStream out) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }
        return lines;
    }

    @Test
    void simulatedBoxDecidesLightsUpAndAnswersTheSimulatedButtonWhileAFailedModelIsReported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Duration runFor = Duration.ofSeconds(5);
        try (Appliance box = Appliance.start(options(true, runFor), new PrintStream(out, true, StandardCharsets.UTF_8),
                new ScriptedVision(Emotion.SURPRISE), List.of())) {
            assertTrue(box.awaitFirstMood(Duration.ofSeconds(20)), "a first mood within 20 s");
            Thread.sleep(runFor.toMillis());
            assertEquals(Emotion.SURPRISE, box.holder().current().mood().emotion());
            assertEquals(PartStatus.Health.FAILED, box.holder().current().status(Part.MODEL).health());
        }
        List<JsonNode> events = lines(out);
        List<String> types = events.stream().map(e -> e.get("type").asText()).toList();
        assertTrue(types.contains("mood") && types.contains("button") && types.contains("leds"), types.toString());
        assertTrue(events.stream().anyMatch(e -> e.get("type").asText().equals("gpio") && e.get("status").asText().equals("simulated")));
        JsonNode web = events.stream().filter(e -> e.get("type").asText().equals("web") && e.has("url")).findFirst().orElseThrow();
        assertTrue(web.get("pin").asText().matches("\\d{6}"), "simulate mode shows the PIN: " + web);
        assertTrue(events.stream().anyMatch(e -> e.get("type").asText().equals("leds")
                && e.get("on").toString().equals("[\"Surprise\"]")), "the Surprise LED was lit");
        assertTrue(events.stream().anyMatch(e -> e.get("type").asText().equals("error") && e.get("part").asText().equals("model")));
        assertEquals(Set.of("short"), Set.copyOf(events.stream().filter(e -> e.get("type").asText().equals("button"))
                .map(e -> e.get("press").asText()).toList()), "the simulated hand presses short first");
        assertTrue(types.lastIndexOf("mood") > types.indexOf("button"), "the press made a second decision: " + types);
        assertTrue(Files.exists(dir.resolve("config/history.db")), "moods go to the history");
    }

    @Test
    void newDetectionIntervalAndMusicPolicyFromTheSettingsPageApplyWithoutARestart() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Appliance box = Appliance.start(options(true, null), new PrintStream(out, true, StandardCharsets.UTF_8),
                new ScriptedVision(Emotion.SAD), List.of())) {
            assertTrue(box.awaitFirstMood(Duration.ofSeconds(20)), "a first mood within 20 s");
            long looksBefore = lines(out).stream().filter(e -> e.get("type").asText().equals("looking")).count();
            box.settings().update(new ObjectMapper().readTree("{\"detectionIntervalSeconds\": 1}"));
            Thread.sleep(2500);
            List<String> types = lines(out).stream().map(e -> e.get("type").asText()).toList();
            assertTrue(types.stream().filter("looking"::equals).count() > looksBefore,
                    "looks again every second now, without a press: " + types);
            assertTrue(!types.contains("button"), "no press was needed: " + types);

            long libraryBefore = types.stream().filter("library"::equals).count();
            box.settings().update(new ObjectMapper().readTree("{\"policy\": \"lift\"}"));
            Thread.sleep(3000);
            long libraryAfter = lines(out).stream().filter(e -> e.get("type").asText().equals("library")).count();
            assertTrue(libraryAfter > libraryBefore, "the music side restarted with the new policy and reported its library");
        }
    }

    /** A login over its own socket from the loopback source address {@code from}; the status code. */
    private static int login(String from, int port, String pin) throws Exception {
        try (java.net.Socket s = new java.net.Socket()) {
            s.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName(from), 0));
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 10_000);
            s.setSoTimeout(30_000);
            String body = "{\"pin\": \"" + pin + "\"}";
            s.getOutputStream().write(("POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(answer.substring(9, 12));
        }
    }

    @Test
    void afterAWrongPinFloodTheSimulatedButtonLetsTheOwnerInWithinAMinuteAndTheScreenSaysWhy() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunOptions options = options(true, null);
        try (Appliance box = Appliance.start(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new ScriptedVision(Emotion.HAPPY), List.of())) {
            String pin = box.settings().current().web().pin();
            for (int i = 0; i < 300 && box.holder().current().web() == null; i++) { // the page opens on its own thread
                Thread.sleep(100);
            }
            String wrong = pin.equals("000000") ? "111111" : "000000";
            int refused = 0;
            for (int i = 0; i < 30; i++) {
                refused += login("127.0.0." + (2 + i % 6), options.webPort(), wrong) == 429 ? 1 : 0;
            }
            assertTrue(refused > 0, "the flood spent the budget");
            assertTrue(box.holder().current().web().loginNotice().contains("press the button"),
                    "the screen says why: " + box.holder().current().web());
            long begin = System.nanoTime();
            boolean in = false;
            for (int i = 0; i < 40 && !in; i++) { // the simulated hand presses every 15 s (first after 10 s)
                in = login("127.0.0.20", options.webPort(), pin) == 200;
                if (!in) {
                    Thread.sleep(2000);
                }
            }
            assertTrue(in, "the owner got in");
            assertTrue((System.nanoTime() - begin) / 1_000_000_000 < 60, "within a minute");
        }
        assertTrue(lines(out).stream().anyMatch(e -> e.get("type").asText().equals("login")
                && e.get("notice").asText().contains("press the button")), "the event log tells it too");
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), "within 60 s: " + what);
    }

    @Test
    void pauseAndVolumeFromAnyControlReachTheStateTheScreenShows() throws Exception {
        try (Appliance box = Appliance.start(options(true, null), new PrintStream(new ByteArrayOutputStream()),
                new ScriptedVision(Emotion.HAPPY), List.of())) {
            await(() -> box.holder().current().nowPlaying() != null, "a demo song plays");
            assertEquals(40, box.holder().current().volume(), "the start-up volume is in the state");
            box.deck().pause();
            assertTrue(box.holder().current().paused(), "paused, as the screen's play/pause then shows");
            box.deck().resume();
            assertTrue(!box.holder().current().paused());
            assertEquals(80, box.deck().volume(100), "the maximum volume holds");
            assertEquals(80, box.holder().current().volume());
        }
    }

    @Test
    void afterTheFirstLoginThePinLeavesTheMainScreenAlsoAfterARestart() throws Exception {
        RunOptions options = options(true, null);
        try (Appliance box = Appliance.start(options, new PrintStream(new ByteArrayOutputStream()),
                new ScriptedVision(Emotion.HAPPY), List.of())) {
            await(() -> box.holder().current().web() != null, "the page is up");
            assertTrue(!box.holder().current().web().used(), "a new box shows its set-up PIN");
            assertEquals(200, login("127.0.0.1", options.webPort(), box.settings().current().web().pin()));
            assertTrue(box.holder().current().web().used());
        }
        try (Appliance box = Appliance.start(options(true, null), new PrintStream(new ByteArrayOutputStream()),
                new ScriptedVision(Emotion.HAPPY), List.of())) {
            await(() -> box.holder().current().web() != null, "the page is up again");
            assertTrue(box.holder().current().web().used(), "remembered across the restart");
        }
    }

    @Test
    void withoutSimulateOnAMachineThatIsNoRaspberryPiMissingGpioStopsTheStartWithAHint() throws Exception {
        Assumptions.assumeFalse(Hardware.isRaspberryPi(Appliance.DEVICE_TREE_MODEL), "this machine is a Raspberry Pi");
        RunOptions options = options(false, null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                Appliance.start(options, new PrintStream(new ByteArrayOutputStream()), new ScriptedVision(Emotion.HAPPY), List.of()));
        assertTrue(e.getMessage().contains("not a Raspberry Pi") && e.getMessage().contains("--simulate"), e.getMessage());
    }

    @Test
    void aLookCorrectedOnThePageIsStoredWithItsFaceCropsInTheConfigFolder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunOptions options = options(true, null);
        try (Appliance box = Appliance.start(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new ScriptedVision(Emotion.HAPPY), List.of())) {
            assertTrue(box.awaitFirstMood(Duration.ofSeconds(20)), "a first mood within 20 s");
            assertFalse(box.holder().current().mood().faces().isEmpty(), "the decision carries its look's crops");
            for (int i = 0; i < 300 && box.holder().current().web() == null; i++) { // the page opens on its own thread
                Thread.sleep(100);
            }
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + options.webPort();
            java.net.http.HttpResponse<String> loggedOut = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + "/api/looks")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(401, loggedOut.statusCode());
            java.net.http.HttpResponse<String> login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/login"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"pin\": \"" + box.settings().current().web().pin() + "\"}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            JsonNode looks = new ObjectMapper().readTree(client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/looks"))
                    .header("Cookie", cookie).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body());
            JsonNode look = looks.get("looks").get(0);
            assertEquals("Happy", look.get("shown").asText());
            int faces = look.get("faces").size();
            assertTrue(faces >= 1 && faces <= moodbox.household.CorrectionStore.MAX_FACES_PER_LOOK, looks.toString());
            java.net.http.HttpResponse<String> corrected = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + "/api/looks/correct")).header("Content-Type", "application/json").header("Cookie", cookie)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"look\": \"" + look.get("id").asText() + "\", \"emotion\": \"Sad\"}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, corrected.statusCode(), corrected.body());
        }
        List<moodbox.household.Correction> stored = moodbox.household.CorrectionStore.in(dir.resolve("config")).all();
        assertEquals(1, stored.size(), "the look is in the config folder's corrections");
        assertEquals(Emotion.SAD, stored.get(0).corrected());
        assertEquals(Emotion.HAPPY, stored.get(0).shown());
        for (moodbox.image.GrayImage face : stored.get(0).faces()) {
            assertEquals(40 + 30 * Emotion.HAPPY.index(), face.pixels()[100] & 0xFF, "the scripted camera's crop of that look");
        }
    }
}
