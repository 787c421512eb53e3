package moodbox.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import moodbox.hardware.sim.SimButton;
import moodbox.state.Press;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In simulate mode, a hand that presses the simulated button now and then, so a demo shows the whole loop:
 * short, short, long (look again, look again, skip the song), repeating.
 */
final class SimPresser implements AutoCloseable {
    static final Duration FIRST = Duration.ofSeconds(10);
    static final Duration EVERY = Duration.ofSeconds(15);
    private static final Press[] CYCLE = {Press.SHORT, Press.SHORT, Press.LONG};
    private static final Logger log = LoggerFactory.getLogger(SimPresser.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sim-presser");
        t.setDaemon(true);
        return t;
    });
    private int count;

    /** Presses first after {@code first} (so that even a short {@code --duration} run sees a press), then every {@link #EVERY}. */
    SimPresser(SimButton button, Duration first) {
        timer.scheduleAtFixedRate(() -> {
            Press press = CYCLE[count++ % CYCLE.length];
            log.info("simulated button: {} press", press.word());
            try {
                button.press(press);
            } catch (RuntimeException e) {
                log.debug("simulated press dropped: {}", e.getMessage());
            }
        }, first.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** When to press first in a run of the given length ({@code null} = until stopped). */
    static Duration firstPress(Duration runFor) {
        if (runFor == null || runFor.compareTo(FIRST.multipliedBy(2)) >= 0) {
            return FIRST;
        }
        return runFor.dividedBy(2);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
