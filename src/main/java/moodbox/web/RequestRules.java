package moodbox.web;

import com.sun.net.httpserver.HttpExchange;
import java.util.Locale;

/**
 * The checks every request passes before it reaches a route. The {@code Host} must be an IP address,
 * {@code localhost} or this machine's name (stops DNS-rebinding pages from talking to the box); a request
 * that changes state must send {@code Content-Type: application/json} (a cross-site form cannot) and must
 * not come from a foreign {@code Origin}; private routes need a live session cookie.
 */
final class RequestRules {
    private final String hostName;
    private final Sessions sessions;

    RequestRules(String hostName, Sessions sessions) {
        this.hostName = hostName.toLowerCase(Locale.ROOT);
        this.sessions = sessions;
    }

    void checkHost(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !allowedHost(stripPort(host.toLowerCase(Locale.ROOT)))) {
            throw new HttpError(403, "unknown host name: open the page by the box's address or name");
        }
    }

    private boolean allowedHost(String name) {
        return name.equals("localhost") || name.matches("[0-9.]+") || name.startsWith("[")
                || name.equals(hostName) || name.startsWith(hostName + ".");
    }

    private static String stripPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    void checkStateChange(HttpExchange ex) {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String host = ex.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            throw new HttpError(403, "request from a foreign origin refused");
        }
        if ("cross-site".equals(ex.getRequestHeaders().getFirst("Sec-Fetch-Site"))) {
            throw new HttpError(403, "cross-site request refused");
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).split(";")[0].trim().equals("application/json")) {
            throw new HttpError(415, "changes must be sent as Content-Type: application/json");
        }
    }

    /** The caller's live session token; otherwise a 401. */
    String session(HttpExchange ex) {
        String token = Sessions.fromCookieHeader(ex.getRequestHeaders().getFirst("Cookie"));
        if (!sessions.touch(token)) {
            throw new HttpError(401, "log in with the PIN first");
        }
        return token;
    }
}
