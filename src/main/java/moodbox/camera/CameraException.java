package moodbox.camera;

/** A camera that cannot deliver frames, with a message a person can act on. */
public class CameraException extends Exception {
    public CameraException(String message) {
        super(message);
    }

    public CameraException(String message, Throwable cause) {
        super(message, cause);
    }
}
