package moodbox.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;

/** Small helpers for answering one exchange, with the security headers every answer carries. */
final class Http {
    /** Strict: one JSON value and nothing after it, no duplicate keys. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    static final int MAX_BODY = 64 * 1024;
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Http() {
    }

    /** The headers on every response, pages, API answers and errors alike (also Jetty's own errors). */
    static void secure(HttpFields.Mutable h) {
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Content-Security-Policy", CSP);
        h.put("Cache-Control", "no-store");
    }

    static void sendJson(Exchange ex, int status, JsonNode body) throws Exception {
        ex.send(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    static void sendError(Exchange ex, int status, String message, String field) throws Exception {
        sendJson(ex, status, error(message, field));
    }

    static ObjectNode error(String message, String field) {
        ObjectNode body = JSON.createObjectNode().put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }

    static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    /** The request body as a JSON object; not JSON, trailing data or anything but an object is a 400. */
    static JsonNode readJson(Exchange ex) {
        try {
            JsonNode node = JSON.readTree(new String(ex.body(), StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw new HttpError(400, "the request body must be a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new HttpError(400, "the request body is not valid JSON (one object, nothing after it)");
        }
    }
}
