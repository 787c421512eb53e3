package moodbox.hardware.sim;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import moodbox.config.RgbColor;
import moodbox.emotion.Emotion;
import moodbox.hardware.LedBank;

/**
 * Simulated LEDs for {@code --simulate}: remembers which LEDs are lit and tells listeners (e.g. an on-screen
 * LED strip) about every change. Chosen explicitly, never as a fallback for missing GPIO.
 */
public final class SimLedBank implements LedBank {
    private final List<BiConsumer<Set<Emotion>, RgbColor>> listeners = new CopyOnWriteArrayList<>();
    private Set<Emotion> lit = EnumSet.noneOf(Emotion.class);
    private RgbColor rgb = RgbColor.OFF;
    private boolean closed;

    public void addListener(BiConsumer<Set<Emotion>, RgbColor> listener) {
        listeners.add(listener);
    }

    @Override
    public void set(Set<Emotion> on, RgbColor colour) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("simulated LEDs are closed");
            }
            lit = on.isEmpty() ? EnumSet.noneOf(Emotion.class) : EnumSet.copyOf(on);
            rgb = colour;
        }
        listeners.forEach(listener -> listener.accept(Set.copyOf(on), colour));
    }

    public synchronized Set<Emotion> lit() {
        return Set.copyOf(lit);
    }

    public synchronized RgbColor rgb() {
        return rgb;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        lit = EnumSet.noneOf(Emotion.class);
        rgb = RgbColor.OFF;
        closed = true;
    }
}
