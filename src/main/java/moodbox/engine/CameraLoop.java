package moodbox.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads analysed frames from a {@link FaceFeed} on its own thread and hands each to the engine. The feed
 * retries a failing camera itself; when it gives up for good (or is closed) the loop ends.
 */
public final class CameraLoop implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CameraLoop.class);

    private final FaceFeed feed;
    private final Thread thread;
    private volatile boolean stopping;

    public CameraLoop(FaceFeed feed, Engine engine) {
        this.feed = feed;
        this.thread = new Thread(() -> run(engine), "camera-loop");
        thread.setDaemon(true);
    }

    public CameraLoop start() {
        thread.start();
        return this;
    }

    private void run(Engine engine) {
        while (!stopping) {
            try {
                engine.seen(feed.next());
            } catch (Exception e) {
                if (!stopping) {
                    log.error("the camera stopped for good: {}", e.getMessage());
                }
                return;
            }
        }
    }

    /** Closes the feed and waits for the loop to end (interrupting it after 2 s, e.g. a camera back-off wait). */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        feed.close();
        thread.join(2000);
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(1000);
        }
    }
}
