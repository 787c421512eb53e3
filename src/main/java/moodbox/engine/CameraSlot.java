package moodbox.engine;

/**
 * Holds the running {@link CameraLoop} so that another camera can take its place while the box runs (the
 * camera source changed in the settings). Closing closes whichever loop runs.
 */
public final class CameraSlot implements AutoCloseable {
    private CameraLoop loop;
    private boolean closed;

    /** Stops the current loop (if any) and starts {@code next}; after {@link #close()} {@code next} is closed instead. */
    public void replace(CameraLoop next) throws InterruptedException {
        CameraLoop old;
        synchronized (this) {
            if (closed) {
                next.close();
                return;
            }
            old = loop;
            loop = next;
        }
        if (old != null) {
            old.close();
        }
        next.start();
    }

    @Override
    public void close() throws InterruptedException {
        CameraLoop last;
        synchronized (this) {
            closed = true;
            last = loop;
            loop = null;
        }
        if (last != null) {
            last.close();
        }
    }
}
