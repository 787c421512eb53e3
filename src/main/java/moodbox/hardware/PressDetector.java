package moodbox.hardware;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import moodbox.state.Press;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns raw button edges into presses: edges closer than the debounce time to the last accepted edge are
 * contact bounce and are ignored; a release ends a press, which is long when it was held at least the
 * long-press time. Every {@link Button} (GPIO or simulated) feeds its edges through one of these, so all of
 * them report presses the same way.
 */
public final class PressDetector {
    private static final Logger log = LoggerFactory.getLogger(PressDetector.class);

    private final long debounceNanos;
    private final long longPressNanos;
    private final List<Consumer<Press>> listeners = new CopyOnWriteArrayList<>();
    private boolean down;
    private long lastEdgeNanos;
    private long downSinceNanos;
    private boolean anyEdge;

    public PressDetector(Duration debounce, Duration longPress) {
        this.debounceNanos = debounce.toNanos();
        this.longPressNanos = longPress.toNanos();
    }

    public void addListener(Consumer<Press> listener) {
        listeners.add(listener);
    }

    /** One edge: {@code pressed} is the new state of the button, {@code atNanos} a monotonic time stamp. */
    public void edge(boolean pressed, long atNanos) {
        Press press;
        synchronized (this) {
            if (pressed == down || (anyEdge && atNanos - lastEdgeNanos < debounceNanos)) {
                return;
            }
            anyEdge = true;
            lastEdgeNanos = atNanos;
            down = pressed;
            if (pressed) {
                downSinceNanos = atNanos;
                return;
            }
            press = atNanos - downSinceNanos >= longPressNanos ? Press.LONG : Press.SHORT;
        }
        log.debug("button {} press", press.word());
        for (Consumer<Press> listener : listeners) {
            try {
                listener.accept(press);
            } catch (RuntimeException e) {
                log.warn("button listener failed", e);
            }
        }
    }
}
