package moodbox.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page itself: a fixed table of files read once from the classpath ({@code moodbox/web/static}).
 * Requests are looked up by exact path in that table, so no path can reach anything else on disk.
 */
final class StaticFiles implements HttpHandler {
    private record File(String contentType, byte[] bytes) {
    }

    private final Map<String, File> files;
    private final RequestRules rules;

    StaticFiles(RequestRules rules) {
        this.rules = rules;
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

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            rules.checkHost(ex);
            String method = ex.getRequestMethod();
            File file = files.get(ex.getRequestURI().getRawPath());
            if (file == null) {
                throw new HttpError(404, "no such page");
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                throw new HttpError(405, "method not allowed");
            }
            Http.send(ex, 200, file.contentType(), file.bytes());
        } catch (HttpError e) {
            Http.sendError(ex, e.status, e.getMessage(), e.field);
        }
    }
}
