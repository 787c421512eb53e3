package moodbox.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every request passes before it reaches a route. The {@code Host} must be exactly one of the
 * box's own names — the IP address the request came in on, {@code localhost}, the machine's name or
 * {@code name.local} — with an optional port; nothing else, so a DNS-rebinding
 * page (whose {@code Host} is its own domain) never reaches a route. A request that changes state must send
 * {@code Content-Type: application/json} (a cross-site form cannot) and must not come from a foreign
 * {@code Origin} or {@code Sec-Fetch-Site: cross-site}; private routes need a live session cookie.
 */
final class RequestRules {
    private static final String IPV4 = "\\d{1,3}(\\.\\d{1,3}){3}";
    private final Set<String> names;
    private final Sessions sessions;

    RequestRules(String hostName, Sessions sessions) {
        String name = hostName.toLowerCase(Locale.ROOT);
        this.names = new HashSet<>(List.of("localhost", name, name + ".local"));
        this.sessions = sessions;
    }

    void checkHost(Exchange ex) {
        String host = ex.header("Host");
        if (host == null || !allowedHost(host.toLowerCase(Locale.ROOT), ex)) {
            throw new HttpError(403, "unknown host name: open the page by the box's address or name");
        }
    }

    private boolean allowedHost(String host, Exchange ex) {
        int end = host.startsWith("[") ? host.indexOf(']') + 1 : host.indexOf(':') < 0 ? host.length() : host.indexOf(':');
        if (end <= 0) {
            return false;
        }
        String name = host.substring(0, end);
        String port = host.substring(end);
        if (!port.isEmpty() && !port.matches(":[0-9]{1,5}")) {
            return false;
        }
        return names.contains(name) || isAddressOfThisConnection(name, ex.localAddress());
    }

    /** An IP literal is allowed when it is the box's address this request was sent to. */
    private static boolean isAddressOfThisConnection(String name, String local) {
        boolean v6 = name.startsWith("[") && name.endsWith("]") && name.substring(1, name.length() - 1).matches("[0-9a-f:.]*:[0-9a-f:.]*");
        boolean v4 = name.matches(IPV4) && Arrays.stream(name.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        if (!v6 && !v4) {
            return false;
        }
        try {
            // Only well-formed literals reach here (an IPv6 one has a colon), so no name is ever looked up.
            InetAddress asked = InetAddress.getByName(v6 ? name.substring(1, name.length() - 1) : name);
            return asked.equals(InetAddress.getByName(local));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    void checkStateChange(Exchange ex) {
        String origin = ex.header("Origin");
        String host = ex.header("Host");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            throw new HttpError(403, "request from a foreign origin refused");
        }
        if ("cross-site".equals(ex.header("Sec-Fetch-Site"))) {
            throw new HttpError(403, "cross-site request refused");
        }
        String type = ex.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).split(";")[0].trim().equals("application/json")) {
            throw new HttpError(415, "changes must be sent as Content-Type: application/json");
        }
    }

    /** The caller's live session token; otherwise a 401. */
    String session(Exchange ex) {
        String token = Sessions.fromCookieHeader(ex.header("Cookie"));
        if (!sessions.touch(token)) {
            throw new HttpError(401, "log in with the PIN first");
        }
        return token;
    }
}
