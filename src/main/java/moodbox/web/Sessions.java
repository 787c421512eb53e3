package moodbox.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in browsers: random 256-bit tokens held only in memory (a restart logs everyone out), each valid
 * for {@link #LIFETIME} after its last use.
 */
final class Sessions {
    static final Duration LIFETIME = Duration.ofHours(12);
    static final String COOKIE = "moodbox_session";

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    String create() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(token, clock.instant().plus(LIFETIME));
        return token;
    }

    /** True if the token is known and not expired; using it extends its life. */
    boolean touch(String token) {
        if (token == null) {
            return false;
        }
        Instant now = clock.instant();
        expiries.values().removeIf(expiry -> expiry.isBefore(now));
        return expiries.computeIfPresent(token, (t, expiry) -> now.plus(LIFETIME)) != null;
    }

    void end(String token) {
        if (token != null) {
            expiries.remove(token);
        }
    }

    /** After a PIN change only the browser that changed it stays logged in. */
    void endAllExcept(String token) {
        expiries.keySet().removeIf(t -> !t.equals(token));
    }

    static String cookieHeader(String token) {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + LIFETIME.toSeconds();
    }

    /** The session token from a {@code Cookie} request header, or null. */
    static String fromCookieHeader(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith(COOKIE + "=")) {
                return p.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }
}
