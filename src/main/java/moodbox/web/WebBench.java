package moodbox.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the page on loopback: for each of the page, its script, the status, reading and saving the
 * settings, {@code n} sequential requests after a warm-up; one JSON line per path with median, p95 and max.
 */
final class WebBench {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String pin;

    WebBench(int port, String pin) {
        this.base = "http://127.0.0.1:" + port;
        this.pin = pin;
    }

    List<String> run(int n) throws Exception {
        HttpResponse<String> login = send("POST", "/api/login", "{\"pin\": \"" + pin + "\"}", null);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        List<String> lines = new ArrayList<>();
        lines.add(time("GET", "/", null, cookie, n));
        lines.add(time("GET", "/app.js", null, cookie, n));
        lines.add(time("GET", "/api/status", null, cookie, n));
        lines.add(time("GET", "/api/settings", null, cookie, n));
        lines.add(time("PUT", "/api/settings", "{\"maxVolume\": 70}", cookie, n));
        return lines;
    }

    private String time(String method, String path, String body, String cookie, int n) throws Exception {
        for (int i = 0; i < Math.min(n, 50); i++) {
            send(method, path, body, cookie);
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = send(method, path, body, cookie);
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(method + " " + path + " answered " + r.statusCode());
            }
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "{\"method\":\"%s\",\"path\":\"%s\",\"requests\":%d,\"medianMs\":%.2f,\"p95Ms\":%.2f,\"maxMs\":%.2f}",
                method, path, n, ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1]);
    }

    private HttpResponse<String> send(String method, String path, String body, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
