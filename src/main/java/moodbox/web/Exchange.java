package moodbox.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One request and its answer, as the routes see them: Jetty's request, response and callback, plus the
 * request body once {@link ApiHandler} has read it (bodies are read without holding a thread).
 */
final class Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private byte[] body = new byte[0];

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    String method() {
        return request.getMethod();
    }

    /** The path exactly as sent (not decoded): routes and files are looked up by exact match. */
    String path() {
        return request.getHttpURI().getPath();
    }

    /** The query string, or null. */
    String query() {
        return request.getHttpURI().getQuery();
    }

    /** A request header's value, or null. */
    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The client's IP address as text. */
    String clientAddress() {
        return Request.getRemoteAddr(request);
    }

    /** The address of the box this request came in on (its IP literal is an allowed {@code Host}). */
    String localAddress() {
        return Request.getLocalAddr(request);
    }

    Request request() {
        return request;
    }

    byte[] body() {
        return body;
    }

    void body(byte[] bytes) {
        this.body = bytes;
    }

    void responseHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    void addResponseHeader(String name, String value) {
        response.getHeaders().add(name, value);
    }

    /** Answers with the security headers every response carries; ends the exchange. */
    void send(int status, String contentType, byte[] bytes) {
        Http.secure(response.getHeaders());
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        if (method().equals("HEAD")) {
            response.write(true, null, callback);
        } else {
            response.write(true, ByteBuffer.wrap(bytes), callback);
        }
    }
}
