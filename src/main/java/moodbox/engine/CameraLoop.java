package moodbox.engine;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads analysed frames from a {@link FaceFeed} on its own thread and hands each to the engine. The feed
 * retries a failing camera itself; a frame that fails anyway (the face finder or the emotion model threw)
 * is logged and the loop reads on after a back-off that doubles from {@link #FIRST_RETRY} up to
 * {@link #MAX_RETRY}. Only {@link #close()} ends the loop.
 */
public final class CameraLoop implements AutoCloseable {
    public static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    public static final Duration MAX_RETRY = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(CameraLoop.class);

    private final FaceFeed feed;
    private final Duration firstRetry;
    private final Thread thread;
    private volatile boolean stopping;

    public CameraLoop(FaceFeed feed, Engine engine) {
        this(feed, engine, FIRST_RETRY);
    }

    /** With a shorter first back-off, for tests. */
    CameraLoop(FaceFeed feed, Engine engine, Duration firstRetry) {
        this.feed = feed;
        this.firstRetry = firstRetry;
        this.thread = new Thread(() -> run(engine), "camera-loop");
        thread.setDaemon(true);
    }

    public CameraLoop start() {
        thread.start();
        return this;
    }

    private void run(Engine engine) {
        Duration backOff = firstRetry;
        while (!stopping) {
            try {
                engine.seen(feed.next());
                backOff = firstRetry;
            } catch (Exception | LinkageError e) {
                if (stopping) {
                    return;
                }
                log.error("a camera frame failed: {}; reading on in {} ms", e.getMessage(), backOff.toMillis());
                try {
                    Thread.sleep(backOff.toMillis());
                } catch (InterruptedException interrupted) {
                    return; // close() cuts the wait short
                }
                backOff = backOff.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : backOff.multipliedBy(2);
            }
        }
    }

    /** Closes the feed and waits for the loop to end (interrupting it after 2 s, e.g. a back-off wait). */
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
