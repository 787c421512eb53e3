package moodbox.hardware;

import java.util.function.Consumer;
import moodbox.state.Press;

/**
 * The push button. Listeners hear each complete press once, after release, as {@link Press#SHORT} or
 * {@link Press#LONG}; they run on the thread that saw the edge and should hand long work elsewhere.
 */
public interface Button extends AutoCloseable {
    void addListener(Consumer<Press> listener);

    /** Releases the pin; no more presses are reported. */
    @Override
    void close();
}
