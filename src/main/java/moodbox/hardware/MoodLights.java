package moodbox.hardware;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import moodbox.config.MoodColours;
import moodbox.config.RgbColor;
import moodbox.emotion.Emotion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the LEDs say: the decided mood (its LED, and its colour on the RGB LED), the running "looking"
 * pattern during a detection window, a start-up blink test, or nothing. Drives any {@link LedBank}; closing
 * stops the pattern and leaves every LED off (the safe state) before the pins are released.
 */
public final class MoodLights implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MoodLights.class);

    private final LedBank bank;
    private final Consumer<String> problems;
    private boolean failing;
    private final ScheduledExecutorService ticker;
    private ScheduledFuture<?> pattern;
    private long step;
    private boolean closed;
    private volatile Map<Emotion, RgbColor> colours = new EnumMap<>(Emotion.class);

    /** {@code problems} hears once when driving the LEDs starts failing (e.g. to show it on screen). */
    public MoodLights(LedBank bank, Consumer<String> problems) {
        this.bank = bank;
        this.problems = problems;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mood-lights");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The RGB LED's colour per mood from now on (a settings change); moods not in the map keep the factory colour. */
    public void setColours(Map<Emotion, RgbColor> moodColours) {
        colours = Map.copyOf(moodColours);
    }

    /** Lights the one LED of this mood and shows its colour on the RGB LED. */
    public synchronized void show(Emotion mood) {
        stopPattern();
        write(Set.of(mood), colours.getOrDefault(mood, MoodColours.of(mood)));
    }

    /** Starts the "looking" pattern (no-op if it already runs); {@link #show} or {@link #off} ends it. */
    public synchronized void looking() {
        if (pattern != null || closed) {
            return;
        }
        step = 0;
        pattern = ticker.scheduleAtFixedRate(this::nextFrame, 0, LookingPattern.STEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    public synchronized void off() {
        stopPattern();
        write(Set.of(), RgbColor.OFF);
    }

    /**
     * The start-up test: lights each mood LED in turn (with its colour), telling {@code announce} which one
     * is lit, then turns all off. Blocks for about {@code 7 × perLed}.
     */
    public void blinkTest(Duration perLed, Consumer<Emotion> announce) throws InterruptedException {
        for (Emotion mood : Emotion.values()) {
            show(mood);
            announce.accept(mood);
            Thread.sleep(perLed.toMillis());
        }
        off();
    }

    private synchronized void nextFrame() {
        if (pattern == null) {
            return;
        }
        long now = step++;
        write(LookingPattern.ledsAt(now), LookingPattern.rgbAt(now));
    }

    private void stopPattern() {
        if (pattern != null) {
            pattern.cancel(false);
            pattern = null;
        }
    }

    private void write(Set<Emotion> on, RgbColor rgb) {
        if (closed) {
            return;
        }
        try {
            bank.set(on.isEmpty() ? EnumSet.noneOf(Emotion.class) : EnumSet.copyOf(on), rgb);
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                log.warn("could not drive the mood LEDs", e);
                problems.accept("mood LEDs failed: " + e.getMessage());
            }
        }
    }

    /** Stops the pattern, turns every LED off and releases the pins. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            stopPattern();
            write(Set.of(), RgbColor.OFF);
            closed = true;
        }
        ticker.shutdownNow();
        bank.close();
    }
}
