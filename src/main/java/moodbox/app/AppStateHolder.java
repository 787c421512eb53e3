package moodbox.app;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one {@link AppState}. Any thread may {@link #publish} an event; the state moves on and every
 * listener hears the event with the new state, in publication order, even when a listener publishes in turn
 * (that event is queued and delivered after the current one). A failing listener is logged, not fatal.
 */
public final class AppStateHolder {
    private static final Logger log = LoggerFactory.getLogger(AppStateHolder.class);

    private record Change(AppEvent event, AppState state) {
    }

    private final List<AppListener> listeners = new CopyOnWriteArrayList<>();
    private final Queue<Change> pending = new ArrayDeque<>();
    private AppState state = AppState.initial();
    private boolean delivering;

    public synchronized AppState current() {
        return state;
    }

    public void addListener(AppListener listener) {
        listeners.add(listener);
    }

    public synchronized void publish(AppEvent event) {
        state = state.after(event);
        pending.add(new Change(event, state));
        if (delivering) {
            return;
        }
        delivering = true;
        try {
            Change change;
            while ((change = pending.poll()) != null) {
                for (AppListener listener : listeners) {
                    deliver(listener, change);
                }
            }
        } finally {
            delivering = false;
        }
    }

    private static void deliver(AppListener listener, Change change) {
        try {
            listener.on(change.event(), change.state());
        } catch (RuntimeException e) {
            log.warn("a view failed on {}", change.event(), e);
        }
    }
}
