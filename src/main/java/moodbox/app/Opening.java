package moodbox.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A part that opens on its own thread while the rest of the box starts ({@link Lifecycle#inBackground}).
 * Whoever {@link #take()}s the part owns it and closes it; a part nobody took is closed by {@link #close()},
 * which first stops an opening still under way (interrupting it) and waits for it, so that nothing keeps
 * opening or writing after the box has closed. The opener reports its own failures and returns {@code null}.
 */
final class Opening<T extends AutoCloseable> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Opening.class);
    static final long WAIT_SECONDS = 20;

    private final String name;
    private final CompletableFuture<T> part = new CompletableFuture<>();
    private final Thread thread;
    private boolean taken;
    private boolean closed;

    Opening(String name, Supplier<T> opener) {
        this.name = name;
        this.thread = new Thread(() -> {
            try {
                part.complete(opener.get());
            } catch (RuntimeException | Error e) {
                part.completeExceptionally(e);
            }
        }, "moodbox-start");
        thread.setDaemon(true);
    }

    void begin() {
        thread.start();
    }

    /** Waits for the part (or {@code null}) and uses it without owning it: {@link #close()} closes it. */
    T join() {
        return part.join();
    }

    /** Waits for the part (or {@code null}) and takes it over; throws when the box is already closing. */
    T take() {
        T value = part.join();
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("shutting down; not using " + name);
            }
            taken = true;
        }
        return value;
    }

    @Override
    public void close() throws Exception {
        synchronized (this) {
            closed = true;
        }
        if (!part.isDone()) {
            thread.interrupt();
        }
        T value;
        try {
            value = part.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("{} was still opening after {} s; leaving it", name, WAIT_SECONDS);
            return;
        } catch (java.util.concurrent.ExecutionException e) {
            return; // its failure was reported when it happened
        }
        boolean mine;
        synchronized (this) {
            mine = !taken;
        }
        if (mine && value != null) {
            value.close();
        }
    }
}
