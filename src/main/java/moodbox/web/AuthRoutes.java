package moodbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import moodbox.config.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/login} with {@code {"pin": "123456"}} and {@code POST /api/logout}. Each attempt is
 * decided by the {@link LoginGate}: 200 with a session cookie, 401 wrong PIN, 429 with {@code Retry-After}
 * while this device must wait, 429 with {@code "pressButton": true} while the box needs its button pressed.
 */
final class AuthRoutes {
    private static final Logger log = LoggerFactory.getLogger(AuthRoutes.class);

    private final SettingsStore store;
    private final Sessions sessions;
    private final LoginGate gate;
    private final Runnable loggedIn;

    /** {@code loggedIn} hears every successful login. */
    AuthRoutes(SettingsStore store, Sessions sessions, LoginGate gate, Runnable loggedIn) {
        this.store = store;
        this.sessions = sessions;
        this.gate = gate;
        this.loggedIn = loggedIn;
    }

    void register(ApiHandler api) {
        api.change("POST", "/api/login", false, (ex, none) -> login(ex));
        api.change("POST", "/api/logout", true, (ex, session) -> {
            sessions.end(session);
            ex.addResponseHeader("Set-Cookie", Sessions.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
            Http.sendJson(ex, 200, Http.ok());
        });
    }

    private void login(Exchange ex) throws Exception {
        String address = ex.clientAddress();
        JsonNode pin = Http.readJson(ex).get("pin");
        String given = pin != null && pin.isTextual() ? pin.textValue().trim() : null;
        LoginGate.Outcome outcome = gate.attempt(address, given, store.current().web().pin());
        if (outcome instanceof LoginGate.Wait wait) {
            long seconds = Math.max(1, wait.howLong().toSeconds());
            ex.responseHeader("Retry-After", Long.toString(seconds));
            throw new HttpError(429, "too many wrong PINs from this device: try again in " + seconds + " s");
        }
        if (outcome instanceof LoginGate.PressButton) {
            Http.sendJson(ex, 429, Http.error("Too many wrong PINs were tried on this box. Press the button on the box,"
                    + " then log in within " + LoginGate.LINK_WINDOW.toSeconds() + " s.", null).put("pressButton", true));
            return;
        }
        if (outcome instanceof LoginGate.Wrong) {
            log.warn("wrong PIN from {}", address);
            throw new HttpError(401, "wrong PIN");
        }
        ex.addResponseHeader("Set-Cookie", Sessions.cookieHeader(sessions.create()));
        loggedIn.run();
        Http.sendJson(ex, 200, Http.ok());
    }
}
