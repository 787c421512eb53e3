package moodbox.web;

/** A request refused with an HTTP status and a message for the page (and, for bad settings, the field). */
final class HttpError extends RuntimeException {
    final int status;
    final String field;

    HttpError(int status, String message) {
        this(status, message, null);
    }

    HttpError(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }
}
