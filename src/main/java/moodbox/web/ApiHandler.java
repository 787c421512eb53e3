package moodbox.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import moodbox.config.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/…}: a table of routes by method and exact path. Every request passes {@link RequestRules};
 * routes marked private need a session, routes that change state need JSON and a same-origin request.
 */
final class ApiHandler implements HttpHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

    interface Action {
        void handle(HttpExchange ex, String session) throws Exception;
    }

    private record Route(boolean changesState, boolean isPrivate, Action action) {
    }

    private final Map<String, Route> routes = new HashMap<>();
    private final RequestRules rules;

    ApiHandler(RequestRules rules) {
        this.rules = rules;
    }

    ApiHandler get(String path, Action action) {
        routes.put("GET " + path, new Route(false, true, action));
        return this;
    }

    ApiHandler change(String method, String path, boolean isPrivate, Action action) {
        routes.put(method + " " + path, new Route(true, isPrivate, action));
        return this;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            rules.checkHost(ex);
            Route route = routes.get(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            if (route == null) {
                boolean known = routes.keySet().stream().anyMatch(k -> k.endsWith(" " + ex.getRequestURI().getPath()));
                throw new HttpError(known ? 405 : 404, known ? "method not allowed" : "no such page");
            }
            if (route.changesState()) {
                rules.checkStateChange(ex);
            }
            String session = route.isPrivate() ? rules.session(ex) : null;
            route.action().handle(ex, session);
        } catch (HttpError e) {
            Http.sendError(ex, e.status, e.getMessage(), e.field);
        } catch (InvalidSettingException e) {
            Http.sendError(ex, 400, e.getMessage(), e.field());
        } catch (UnsupportedOperationException e) {
            Http.sendError(ex, 503, e.getMessage(), null);
        } catch (Exception e) {
            log.error("{} {} failed", ex.getRequestMethod(), ex.getRequestURI().getPath(), e);
            Http.sendError(ex, 500, "internal error: " + e.getMessage(), null);
        }
    }
}
