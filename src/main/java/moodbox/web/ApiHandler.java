package moodbox.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import moodbox.config.InvalidSettingException;
import org.eclipse.jetty.io.Content;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/…}: a table of routes by method and exact path. Routes marked private need a session; routes
 * that change state need JSON and a same-origin request, and their body is read before the route runs —
 * without holding a thread, at most {@link Http#MAX_BODY} bytes (a larger {@code Content-Length} is refused
 * before reading) and within {@link #BODY_DEADLINE}.
 */
final class ApiHandler {
    static final Duration BODY_DEADLINE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

    interface Action {
        void handle(Exchange ex, String session) throws Exception;
    }

    private interface Step {
        void run() throws Exception;
    }

    private record Route(boolean changesState, boolean isPrivate, Action action) {
    }

    private final Map<String, Route> routes = new HashMap<>();
    private final RequestRules rules;
    private final Executor workers;

    ApiHandler(RequestRules rules, Executor workers) {
        this.rules = rules;
        this.workers = workers;
    }

    ApiHandler get(String path, Action action) {
        routes.put("GET " + path, new Route(false, true, action));
        return this;
    }

    ApiHandler change(String method, String path, boolean isPrivate, Action action) {
        routes.put(method + " " + path, new Route(true, isPrivate, action));
        return this;
    }

    /** Handles a request whose {@code Host} has been checked; answers it now or once its body is in. */
    void handle(Exchange ex) {
        answer(ex, () -> {
            Route route = routes.get(ex.method() + " " + ex.path());
            if (route == null) {
                boolean known = routes.keySet().stream().anyMatch(k -> k.endsWith(" " + ex.path()));
                throw new HttpError(known ? 405 : 404, known ? "method not allowed" : "no such page");
            }
            if (route.changesState()) {
                rules.checkStateChange(ex);
            }
            String session = route.isPrivate() ? rules.session(ex) : null;
            if (!route.changesState()) {
                route.action().handle(ex, session);
                return;
            }
            long length = ex.request().getLength();
            if (length > Http.MAX_BODY) {
                ex.responseHeader("Connection", "close");
                throw new HttpError(413, "request body too large (at most " + Http.MAX_BODY + " bytes)");
            }
            Content.Source.asByteArrayAsync(ex.request(), Http.MAX_BODY)
                    .orTimeout(BODY_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((bytes, failure) -> workers.execute(() -> answer(ex, () -> {
                        if (failure != null) {
                            throw bodyFailure(ex, failure);
                        }
                        ex.body(bytes);
                        route.action().handle(ex, session);
                    })));
        });
    }

    private static HttpError bodyFailure(Exchange ex, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        ex.responseHeader("Connection", "close");
        if (cause instanceof TimeoutException) {
            return new HttpError(408, "the request body did not arrive within " + BODY_DEADLINE.toSeconds() + " s");
        }
        if (cause instanceof IllegalStateException || cause instanceof IllegalArgumentException) {
            return new HttpError(413, "request body too large (at most " + Http.MAX_BODY + " bytes)");
        }
        return new HttpError(400, "the request body could not be read: " + cause.getMessage());
    }

    /** Runs a step of a request and turns what it throws into an answer. */
    private static void answer(Exchange ex, Step step) {
        try {
            step.run();
        } catch (HttpError e) {
            sendQuietly(ex, e.status, e.getMessage(), e.field);
        } catch (InvalidSettingException e) {
            sendQuietly(ex, 400, e.getMessage(), e.field());
        } catch (UnsupportedOperationException e) {
            sendQuietly(ex, 503, e.getMessage(), null);
        } catch (Exception e) {
            log.error("{} {} failed", ex.method(), ex.path(), e);
            sendQuietly(ex, 500, "internal error: " + e.getMessage(), null);
        }
    }

    private static void sendQuietly(Exchange ex, int status, String message, String field) {
        try {
            Http.sendError(ex, status, message, field);
        } catch (Exception e) {
            log.debug("could not answer {} {}: {}", ex.method(), ex.path(), e.getMessage());
        }
    }
}
