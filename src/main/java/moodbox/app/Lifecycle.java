package moodbox.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the parts in the order the caller names them, logging how long each step took and how long since
 * the JVM started, and closes them in reverse order exactly once: on {@link #close()} or, after
 * {@link #closeOnShutdown()}, when the JVM is asked to stop (SIGTERM, Ctrl-C). A part that fails to close is
 * logged and the others still close.
 */
public final class Lifecycle implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

    /** One step's name and duration, for the log and for benchmarks. */
    public record Step(String name, long millis, long sinceJvmStartMillis) {
    }

    /** Opens a part; may throw. */
    @FunctionalInterface
    public interface Opener<T extends AutoCloseable> {
        T open() throws Exception;
    }

    private record Started(String name, AutoCloseable part) {
    }

    private final LongSupplier nanoTime;
    private final long jvmStartNanos;
    private final Deque<Started> started = new ArrayDeque<>();
    private final List<Step> steps = new ArrayList<>();
    private boolean closed;

    public Lifecycle() {
        this(System::nanoTime, System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(ManagementFactory.getRuntimeMXBean().getUptime()));
    }

    /** {@code jvmStartNanos} is on the {@code nanoTime} scale. */
    public Lifecycle(LongSupplier nanoTime, long jvmStartNanos) {
        this.nanoTime = nanoTime;
        this.jvmStartNanos = jvmStartNanos;
    }

    /**
     * Opens a part now and remembers to close it; a failure is logged with its time and rethrown. Parts may be
     * started from several threads at once (nothing is locked while a part opens); a part that finishes
     * opening after shutdown began is closed at once.
     */
    public <T extends AutoCloseable> T start(String name, Opener<T> opener) throws Exception {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("shutting down; not starting " + name);
            }
        }
        long begin = nanoTime.getAsLong();
        T part;
        try {
            part = opener.open();
        } catch (Exception e) {
            log.warn("start {} failed after {} ms: {}", name, millisSince(begin), e.getMessage());
            throw e;
        }
        synchronized (this) {
            if (!closed) {
                started.push(new Started(name, part));
                record(name, begin);
                return part;
            }
        }
        part.close();
        throw new IllegalStateException("shutting down; closed " + name + " right after it started");
    }

    /**
     * Opens a part on its own thread while the caller goes on (see {@link Opening}), and puts it in the close
     * order now: so however the start ends, closing stops and waits for an opening still under way and closes
     * a part nobody took.
     */
    <T extends AutoCloseable> Opening<T> inBackground(String name, java.util.function.Supplier<T> opener) {
        Opening<T> opening = new Opening<>(name, opener);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("shutting down; not starting " + name);
            }
            started.push(new Started(name + " (opened in the background)", opening));
        }
        opening.begin();
        return opening;
    }

    /** Times a step that opens nothing (e.g. the first mood decision). */
    public synchronized void mark(String name, long beginNanos) {
        record(name, beginNanos);
    }

    private void record(String name, long begin) {
        long now = nanoTime.getAsLong();
        Step step = new Step(name, TimeUnit.NANOSECONDS.toMillis(now - begin), TimeUnit.NANOSECONDS.toMillis(now - jvmStartNanos));
        steps.add(step);
        log.info("started {} in {} ms ({} ms since JVM start)", name, step.millis(), step.sinceJvmStartMillis());
    }

    public synchronized List<Step> steps() {
        return List.copyOf(steps);
    }

    /** Registers a JVM shutdown hook that closes everything started (runs on SIGTERM and SIGINT). */
    public void closeOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "moodbox-shutdown"));
    }

    @Override
    public void close() {
        List<Started> toClose = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            while (!started.isEmpty()) {
                toClose.add(started.pop());
            }
        }
        for (Started part : toClose) {
            long begin = nanoTime.getAsLong();
            try {
                part.part().close();
                log.info("closed {} in {} ms", part.name(), millisSince(begin));
            } catch (Exception | LinkageError e) {
                log.warn("closing {} failed after {} ms", part.name(), millisSince(begin), e);
            }
        }
    }

    private long millisSince(long begin) {
        return TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - begin);
    }
}
