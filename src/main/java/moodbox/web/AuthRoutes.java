package moodbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import moodbox.config.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /api/login} with {@code {"pin": "123456"}} and {@code POST /api/logout}. */
final class AuthRoutes {
    private static final Logger log = LoggerFactory.getLogger(AuthRoutes.class);

    private final SettingsStore store;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    AuthRoutes(SettingsStore store, Sessions sessions, LoginThrottle throttle) {
        this.store = store;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    void register(ApiHandler api) {
        api.change("POST", "/api/login", false, (ex, none) -> login(ex));
        api.change("POST", "/api/logout", true, (ex, session) -> {
            sessions.end(session);
            ex.getResponseHeaders().add("Set-Cookie", Sessions.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
            Http.sendJson(ex, 200, Http.ok());
        });
    }

    private void login(HttpExchange ex) throws Exception {
        String address = ex.getRemoteAddress().getAddress().getHostAddress();
        Duration wait = throttle.waitFor(address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            ex.getResponseHeaders().set("Retry-After", Long.toString(seconds));
            throw new HttpError(429, "too many wrong PINs: try again in " + seconds + " s");
        }
        JsonNode pin = Http.readJson(ex).get("pin");
        String expected = store.current().web().pin();
        if (pin == null || !pin.isTextual() || !MessageDigest.isEqual(
                pin.textValue().trim().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throttle.failed(address);
            log.warn("wrong PIN from {}", address);
            throw new HttpError(401, "wrong PIN");
        }
        throttle.succeeded(address);
        ex.getResponseHeaders().add("Set-Cookie", Sessions.cookieHeader(sessions.create()));
        Http.sendJson(ex, 200, Http.ok());
    }
}
