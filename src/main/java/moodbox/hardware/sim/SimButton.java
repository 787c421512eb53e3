package moodbox.hardware.sim;

import java.time.Duration;
import java.util.function.Consumer;
import moodbox.hardware.Button;
import moodbox.hardware.ButtonConfig;
import moodbox.hardware.PressDetector;
import moodbox.state.Press;

/**
 * A simulated button for {@code --simulate}: {@link #press} plays a press-and-release as two edges through the
 * same {@link PressDetector} a GPIO button uses, on a simulated time line, so listeners cannot tell the
 * difference.
 */
public final class SimButton implements Button {
    private final PressDetector detector;
    private final ButtonConfig config;
    private long nowNanos;
    private boolean closed;

    public SimButton(ButtonConfig config) {
        this.config = config;
        this.detector = new PressDetector(config.debounce(), config.longPress());
    }

    @Override
    public void addListener(Consumer<Press> listener) {
        detector.addListener(listener);
    }

    /** Presses and releases the button, holding it just long enough for the requested kind of press. */
    public void press(Press kind) {
        Duration between = config.longPress().minus(config.debounce()).dividedBy(2);
        Duration hold = kind == Press.LONG ? config.longPress().plusMillis(100) : config.debounce().plus(between);
        long down;
        long up;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("simulated button is closed");
            }
            down = nowNanos + config.debounce().toNanos() + 1;
            up = down + hold.toNanos();
            nowNanos = up;
        }
        detector.edge(true, down);
        detector.edge(false, up);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
