package moodbox.camera;

import java.time.Instant;

/** The camera's health for the status screen, web page and event log. */
public record CameraStatus(State state, String message, Instant at) {
    public enum State {
        /** Opening the camera (at start and after each failure). */
        CONNECTING,
        /** Frames are arriving. */
        RUNNING,
        /** The last attempt failed; another follows after a back-off. */
        UNAVAILABLE,
        /** Closed by the app. */
        STOPPED
    }
}
