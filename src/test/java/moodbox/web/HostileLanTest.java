package moodbox.web;

import static moodbox.web.TestServer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page under attack from other devices on the LAN (loopback source addresses 127.0.0.x stand in for
 * them): real server, real sockets, every loop bounded in count and time.
 */
class HostileLanTest {
    @TempDir
    Path dir;
    TestServer t;
    final List<Socket> held = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        t = new TestServer(dir);
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket s : held) {
            s.close();
        }
        t.close();
    }

    private Socket hold(String from, String sent) throws Exception {
        Socket s = t.connectFrom(from);
        held.add(s);
        if (!sent.isEmpty()) {
            s.getOutputStream().write(sent.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
        }
        return s;
    }

    /** Whether the server closed this socket within {@code seconds} (reads -1 or a reset). */
    private static boolean closedWithin(Socket s, int seconds) throws Exception {
        s.setSoTimeout(seconds * 1000);
        InputStream in = s.getInputStream();
        try {
            while (in.read() >= 0) {
                // drain any answer (e.g. a 408) until the close
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    @Test
    void idleHalfSentAndHugeRequestsDoNotKeepThePageFromLoading() throws Exception {
        // What took the JDK server down: idle connections, half a request line, a 1 GB Content-Length with
        // 16 bytes sent, a body that trickles — from four devices, each as many connections as it may hold.
        for (int device = 2; device <= 5; device++) {
            String from = "127.0.0." + device;
            for (int i = 0; i < ClientConnections.PER_CLIENT; i++) {
                switch (i % 4) {
                    case 0 -> hold(from, "");
                    case 1 -> hold(from, "GET / HT");
                    case 2 -> hold(from, "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000000000\r\n\r\n{\"pin\": \"00000");
                    default -> hold(from, "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100\r\n\r\n{\"pin\"");
                }
            }
        }
        for (int i = 0; i < 17; i++) {
            long begin = System.nanoTime();
            String page = t.rawFrom("127.0.0.1", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", "");
            assertTrue(page.startsWith("HTTP/1.1 200"), "load " + i + ": [" + page + "]");
            assertTrue((System.nanoTime() - begin) / 1_000_000 < 10_000, "page load " + i + " took over 10 s");
        }
        assertEquals(200, t.send("GET", "/api/settings", null, t.session()).statusCode());
    }

    @Test
    void idleAndHalfSentConnectionsAreClosedByTheServer() throws Exception {
        Socket idle = hold("127.0.0.2", "");
        Socket half = hold("127.0.0.3", "GET / HT");
        int bound = (int) (ClientConnections.FIRST_REQUEST.toSeconds() + WebServer.IDLE_TIMEOUT.toSeconds() + 20);
        assertTrue(closedWithin(idle, bound), "an idle connection stays open");
        assertTrue(closedWithin(half, bound), "half a request line keeps its connection");
    }

    @Test
    void aRequestHeadSentAByteASecondIsCutOff() throws Exception {
        // Never idle long enough for the idle timeout: only the deadline for a whole request head stops it.
        Socket s = hold("127.0.0.4", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        s.setSoTimeout(1000);
        boolean closed = false;
        int seconds = 0;
        for (; seconds < 45 && !closed; seconds++) {
            try {
                s.getOutputStream().write('x');
                s.getOutputStream().flush();
                closed = s.getInputStream().read() != -2; // any answer or the close ends it
            } catch (SocketTimeoutException e) {
                // still open: send the next byte
            } catch (java.io.IOException e) {
                closed = true;
            }
        }
        assertTrue(closed, "a head trickling for " + seconds + " s is still open");
        assertTrue(seconds >= ClientConnections.FIRST_REQUEST.toSeconds() - 1, "cut off too early, after " + seconds + " s");
    }

    @Test
    void aHugeContentLengthIsRefusedBeforeReadingAndASlowBodyTimesOut() throws Exception {
        Socket huge = hold("127.0.0.2", "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000000000\r\n\r\n{\"pin\": \"00000");
        huge.setSoTimeout(10_000);
        String answer = new String(huge.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
        assertEquals("HTTP/1.1 413", answer);

        Socket slow = hold("127.0.0.3", "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"pin\"");
        slow.setSoTimeout((int) (ApiHandler.BODY_DEADLINE.toMillis() + 20_000));
        String late = new String(slow.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
        assertTrue(late.equals("HTTP/1.1 408") || late.isEmpty(), "a body that never arrives gets 408 or a close: " + late);
    }

    @Test
    void anEndlessChunkedBodyIsA413() throws Exception {
        Socket s = hold("127.0.0.2", "PUT /api/settings HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + t.session()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        OutputStream out = s.getOutputStream();
        byte[] chunk = ("1000\r\n" + "x".repeat(0x1000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
            for (int i = 0; i < 40; i++) { // 160 KB, more than the 64 KB limit
                out.write(chunk);
            }
            out.flush();
        } catch (java.io.IOException e) {
            // the server may close once it has refused the body
        }
        s.setSoTimeout(20_000);
        String answer = new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
        assertEquals("HTTP/1.1 413", answer);
        assertEquals(80, t.store.current().volume().maxVolume());
    }

    @Test
    void oneDeviceGetsAtMostItsShareOfConnections() throws Exception {
        List<Socket> mine = new ArrayList<>();
        for (int i = 0; i < ClientConnections.PER_CLIENT + 4; i++) {
            mine.add(hold("127.0.0.7", ""));
        }
        int answered = 0;
        int refused = 0;
        for (Socket s : mine) {
            try {
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                s.setSoTimeout(30_000);
                String head = new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
                if (head.equals("HTTP/1.1 200")) {
                    answered++;
                } else {
                    refused++;
                }
            } catch (java.io.IOException e) {
                refused++;
            }
        }
        assertEquals(ClientConnections.PER_CLIENT, answered, "the connections within the bound are served");
        assertEquals(4, refused, "the connections over the bound were closed at once");
        String other = t.rawFrom("127.0.0.8", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", "");
        assertTrue(other.startsWith("HTTP/1.1 200"), "another device is still served: " + other);
    }

    @Test
    void aFloodFromManyDevicesSpendsOnlyTheBudgetAndTheRightPinHiddenInItIsNotAccepted() throws Exception {
        int wrongSeen = 0;
        int guess = 0;
        for (int round = 0; round < 6; round++) {
            for (int device = 2; device <= 8; device++) {
                int code = status(t.loginFrom("127.0.0." + device, t.wrongPin(guess++)));
                assertTrue(code == 401 || code == 429, "code " + code);
                wrongSeen += code == 401 ? 1 : 0;
            }
        }
        assertEquals(LoginGate.BUDGET, wrongSeen, "only the box's budget of wrong PINs was looked at");
        for (int device = 2; device <= 9; device++) {
            String right = t.loginFrom("127.0.0." + device, t.pin());
            assertEquals(429, status(right), right);
            assertFalse(right.contains("Set-Cookie"), right);
            assertFalse(right.contains(t.pin()), "the PIN is never in an answer: " + right);
        }
        String fresh = t.loginFrom("127.0.0.30", t.pin());
        assertTrue(fresh.contains("\"pressButton\":true"), fresh);
        assertTrue(t.box.notices.contains(LoginGate.NOTICE_PRESS), "the screen says to press the button: " + t.box.notices);
    }

    @Test
    void theOwnerGetsInWithTheButtonDuringAndAfterAFlood() throws Exception {
        for (int i = 0; i < LoginGate.BUDGET; i++) {
            assertEquals(401, status(t.loginFrom("127.0.0." + (2 + i % 5), t.wrongPin(i))));
        }
        ExecutorService flood = Executors.newFixedThreadPool(7);
        CountDownLatch stop = new CountDownLatch(1);
        List<Future<Integer>> attackers = new ArrayList<>();
        for (int device = 2; device <= 8; device++) {
            String from = "127.0.0." + device;
            int first = device * 1000;
            attackers.add(flood.submit(() -> {
                int tries = 0;
                for (int i = 0; i < 2000 && !stop.await(5, TimeUnit.MILLISECONDS); i++) {
                    assertFalse(t.loginFrom(from, t.wrongPin(first + i)).startsWith("HTTP/1.1 200"));
                    tries++;
                }
                return tries;
            }));
        }
        try {
            assertEquals(429, status(t.loginFrom("127.0.0.50", t.pin())), "no way in without the button");
            int presses = 0;
            boolean in = false;
            // Each flooding device gets one try per press and then waits; so within a few presses the owner is in.
            while (!in && presses < 6) {
                t.box.pressButton();
                presses++;
                assertTrue(t.box.notices.contains(LoginGate.NOTICE_WINDOW), t.box.notices.toString());
                Thread.sleep(300);
                in = t.loginFrom("127.0.0.50", t.pin()).startsWith("HTTP/1.1 200");
            }
            assertTrue(in, "the owner got in during the flood within " + presses + " presses");
        } finally {
            stop.countDown();
            flood.shutdown();
            assertTrue(flood.awaitTermination(120, TimeUnit.SECONDS));
        }
        for (Future<Integer> attacker : attackers) {
            assertTrue(attacker.get() > 0);
        }
        t.box.pressButton();
        String after = t.loginFrom("127.0.0.51", t.pin());
        assertTrue(after.startsWith("HTTP/1.1 200"), "after the flood, a press lets the owner in: " + after);
    }

    @Test
    void heldRequestsRacingForTheBudgetGetNoExtraGuesses() throws Exception {
        int racers = 30;
        for (int i = 0; i < LoginGate.BUDGET - 2; i++) {
            assertEquals(401, status(t.loginFrom("127.0.0." + (2 + i % 4), t.wrongPin(i))));
        }
        // 30 devices send all but the last byte of a wrong PIN, then all finish at once.
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String body = "{\"pin\": \"" + t.wrongPin(100 + i) + "\"}";
            sockets.add(hold("127.0.1." + (i + 1), "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\nContent-Length: " + body.length() + "\r\n\r\n" + body.substring(0, body.length() - 1)));
        }
        Thread.sleep(500);
        ExecutorService go = Executors.newFixedThreadPool(racers);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> codes = new ArrayList<>();
        for (Socket s : sockets) {
            codes.add(go.submit(() -> {
                gate.await(30, TimeUnit.SECONDS);
                s.getOutputStream().write('}');
                s.getOutputStream().flush();
                s.setSoTimeout(30_000);
                return status(new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
            }));
        }
        gate.countDown();
        int wrong = 0;
        for (Future<Integer> code : codes) {
            int c = code.get(60, TimeUnit.SECONDS);
            assertTrue(c == 401 || c == 429, "code " + c);
            wrong += c == 401 ? 1 : 0;
        }
        go.shutdown();
        assertEquals(2, wrong, "exactly the rest of the budget was spent, however many raced for it");
    }
}
