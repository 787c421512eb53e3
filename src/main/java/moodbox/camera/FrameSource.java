package moodbox.camera;

import moodbox.image.GrayImage;

/**
 * A stream of gray camera frames. {@link #next()} blocks until a frame is there (sources pace themselves
 * like a camera); a source that can give no more frames — missing, unplugged, stalled, crashed or closed —
 * throws {@link CameraException} and is finished: close it and open a new one ({@link SupervisedCamera}
 * does that, with back-off).
 */
public interface FrameSource extends AutoCloseable {
    GrayImage next() throws CameraException;

    /** For logs and the status screen, e.g. "USB camera /dev/video0". */
    String description();

    @Override
    void close();

    /** Opens a source; the supervisor calls it again after every failure. */
    @FunctionalInterface
    interface Opener {
        FrameSource open() throws CameraException;
    }
}
