package moodbox.engine;

/**
 * What the engine needs from the camera and vision: analysed frames, one at a time. The wiring adapts the
 * supervised camera and the frame analyzer to it; tests use a scripted feed. A closed feed throws from
 * {@link #next()}; so may a frame that failed (the camera loop reports it and reads on).
 */
public interface FaceFeed extends AutoCloseable {
    /** Blocks until the next frame is analysed (a camera that is reconnecting blocks meanwhile). */
    Sighting next() throws Exception;

    /** Stops the camera; a thread blocked in {@link #next()} gets an exception soon after. */
    @Override
    void close();
}
