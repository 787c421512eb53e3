package moodbox.camera;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import moodbox.image.GrayImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a camera running: opens it, and when it is missing, unplugged, stalls or its process dies, reports
 * {@link CameraStatus.State#UNAVAILABLE} (status listener + log) and reopens it after a back-off that doubles
 * up to a limit. {@link #next()} therefore blocks until a frame arrives or the camera is closed; the rest of
 * the app keeps running meanwhile. Read it from one thread; {@link #close()} may come from another (interrupt
 * the reading thread to cut a back-off wait short).
 */
public final class SupervisedCamera implements FrameSource {
    private static final Logger log = LoggerFactory.getLogger(SupervisedCamera.class);

    private final String description;
    private final Opener opener;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Consumer<CameraStatus> listener;
    private FrameSource source;
    private Duration backOff;
    private volatile boolean closed;
    private volatile boolean reading;
    private volatile CameraStatus status;

    public SupervisedCamera(String description, Opener opener, RetryPolicy retry, Sleeper sleeper, Clock clock,
            Consumer<CameraStatus> listener) {
        this.description = description;
        this.opener = opener;
        this.retry = retry;
        this.sleeper = sleeper;
        this.clock = clock;
        this.listener = listener;
        this.backOff = retry.first();
        report(CameraStatus.State.CONNECTING, "opening " + description);
    }

    @Override
    public GrayImage next() throws CameraException {
        reading = true;
        try {
            return readOrRetry();
        } finally {
            reading = false;
        }
    }

    private GrayImage readOrRetry() throws CameraException {
        while (!closed) {
            try {
                FrameSource current = openIfNeeded();
                GrayImage frame = current.next();
                if (status.state() != CameraStatus.State.RUNNING) {
                    report(CameraStatus.State.RUNNING, current.description() + " delivers frames");
                }
                backOff = retry.first();
                if (closed) {
                    closeSource(); // closed from another thread while this frame was read
                }
                return frame;
            } catch (CameraException | RuntimeException e) {
                closeSource();
                if (closed) {
                    break; // the device went away because the camera was closed: nothing to report or retry
                }
                report(CameraStatus.State.UNAVAILABLE, e.getMessage() + "; retrying in " + backOff.toMillis() + " ms");
                waitBeforeRetry();
            }
        }
        closeSource();
        throw new CameraException(description + " was closed");
    }

    private synchronized FrameSource openIfNeeded() throws CameraException {
        if (closed) {
            throw new CameraException(description + " was closed");
        }
        if (source == null) {
            source = opener.open();
        }
        return source;
    }

    private void waitBeforeRetry() throws CameraException {
        try {
            sleeper.sleep(backOff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
            closeSource();
            throw new CameraException(description + ": interrupted while waiting to retry", e);
        }
        backOff = retry.after(backOff);
        if (!closed) {
            report(CameraStatus.State.CONNECTING, "opening " + description);
        }
    }

    public CameraStatus status() {
        return status;
    }

    @Override
    public String description() {
        return description;
    }

    /** Stops the camera; a reading thread finishes its current frame or wait and then releases the device. */
    @Override
    public void close() {
        closed = true;
        if (!reading) {
            closeSource();
        }
        report(CameraStatus.State.STOPPED, description + " stopped");
    }

    private synchronized void closeSource() {
        if (source != null) {
            try {
                source.close();
            } catch (RuntimeException e) {
                log.warn("closing {} failed: {}", source.description(), e.getMessage());
            }
            source = null;
        }
    }

    /** Once the camera is closed, only the STOPPED report gets out, whatever a reading thread was doing. */
    private synchronized void report(CameraStatus.State state, String message) {
        if (closed && state != CameraStatus.State.STOPPED) {
            return;
        }
        status = new CameraStatus(state, message, clock.instant());
        if (state == CameraStatus.State.UNAVAILABLE) {
            log.warn("camera unavailable: {}", message);
        } else {
            log.info("camera {}: {}", state.name().toLowerCase(java.util.Locale.ROOT), message);
        }
        listener.accept(status);
    }
}
