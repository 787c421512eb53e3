package moodbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page itself: a fixed table of files read once from the classpath ({@code moodbox/web/static}).
 * Requests are looked up by exact path in that table, so no path can reach anything else on disk.
 */
final class StaticFiles {
    private record File(String contentType, byte[] bytes) {
    }

    private final Map<String, File> files;

    StaticFiles() {
        this.files = Map.of(
                "/", load("index.html", "text/html; charset=utf-8"),
                "/app.js", load("app.js", "text/javascript; charset=utf-8"),
                "/style.css", load("style.css", "text/css; charset=utf-8"),
                "/favicon.svg", load("favicon.svg", "image/svg+xml"));
    }

    private static File load(String name, String type) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/moodbox/web/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing page resource " + name);
            }
            return new File(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers a request whose {@code Host} has been checked. */
    void handle(Exchange ex) throws Exception {
        File file = files.get(ex.path());
        if (file == null) {
            throw new HttpError(404, "no such page");
        }
        if (!ex.method().equals("GET") && !ex.method().equals("HEAD")) {
            throw new HttpError(405, "method not allowed");
        }
        ex.send(200, file.contentType(), file.bytes());
    }
}
