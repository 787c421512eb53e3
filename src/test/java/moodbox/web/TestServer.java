package moodbox.web;

import moodbox.testing.ManualClock;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import moodbox.config.SettingsStore;

/** A real {@link WebServer} on a loopback port with a temporary config folder, and a client for it. */
final class TestServer implements AutoCloseable {
    final ManualClock clock = new ManualClock(Instant.parse("2025-06-10T12:00:00Z"));
    final FakeBox box = new FakeBox();
    final SettingsStore store;
    final MoodHistory history;
    final WebServer server;
    final HttpClient client = HttpClient.newHttpClient();

    TestServer(Path dir) throws Exception {
        store = new SettingsStore(dir.resolve("config"), new Random(1));
        history = new MoodHistory(dir.resolve("history.db"), clock);
        server = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "moodbox-test",
                store, box, history, clock);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    String pin() {
        return store.current().web().pin();
    }

    HttpResponse<String> send(String method, String path, String json, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String pin) throws Exception {
        return send("POST", "/api/login", "{\"pin\": \"" + pin + "\"}", null);
    }

    /** Logs in and returns the {@code Cookie} header value to send. */
    String session() throws Exception {
        HttpResponse<String> r = login(pin());
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    /** Sends exactly the given request line and headers over a socket, for paths and headers HttpClient would tidy up. */
    String raw(String requestLineAndHeaders) throws Exception {
        return raw(requestLineAndHeaders, "");
    }

    String raw(String requestLineAndHeaders, String body) throws Exception {
        return rawFrom("127.0.0.1", requestLineAndHeaders, body);
    }

    /**
     * Like {@link #raw(String, String)} from the loopback source address {@code from} (127.0.0.x standing in
     * for another device on the LAN); gives up reading after 30 s.
     */
    String rawFrom(String from, String requestLineAndHeaders, String body) throws Exception {
        try (Socket s = connectFrom(from)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write((requestLineAndHeaders + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A socket to the page from the loopback source address {@code from}. */
    Socket connectFrom(String from) throws Exception {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
        return s;
    }

    /** A login attempt over its own connection from {@code from}; the whole answer (status line first). */
    String loginFrom(String from, String pin) throws Exception {
        String body = "{\"pin\": \"" + pin + "\"}";
        return rawFrom(from, "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n", body);
    }

    /** The status code of a raw answer. */
    static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** A PIN that is not the right one. */
    String wrongPin(int i) {
        String candidate = String.format("%06d", (i * 7919) % 1_000_000);
        return candidate.equals(pin()) ? String.format("%06d", (i * 7919 + 1) % 1_000_000) : candidate;
    }

    @Override
    public void close() throws Exception {
        server.close();
        history.close();
    }
}
