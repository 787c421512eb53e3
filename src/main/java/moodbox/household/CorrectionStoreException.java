package moodbox.household;

import java.io.IOException;

/** The corrections could not be saved, read or forgotten; the message says why and what to do. */
public final class CorrectionStoreException extends IOException {
    public CorrectionStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
