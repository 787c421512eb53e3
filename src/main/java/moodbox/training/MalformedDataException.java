package moodbox.training;

import java.nio.file.Path;

/** A dataset row or file that cannot be read; names the file, the line and the reason. */
public final class MalformedDataException extends RuntimeException {
    public MalformedDataException(Path file, long line, String reason) {
        super(file + ":" + line + ": " + reason);
    }

    public MalformedDataException(String message) {
        super(message);
    }
}
