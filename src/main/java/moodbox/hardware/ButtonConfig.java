package moodbox.hardware;

import java.time.Duration;
import moodbox.config.Pull;

/**
 * The push button: its BCM pin, the pull resistor, how long contacts may bounce and how long a press must be
 * held to count as long (a short press re-detects the mood, a long press skips the song).
 */
public record ButtonConfig(int pin, Pull pull, Duration debounce, Duration longPress) {
    public ButtonConfig {
        if (pull == null || debounce == null || longPress == null) {
            throw new IllegalArgumentException("button pull, debounce and long-press time must be set");
        }
        if (debounce.isNegative() || debounce.compareTo(Duration.ofMillis(500)) > 0) {
            throw new IllegalArgumentException("button debounce must be 0-500 ms, not " + debounce.toMillis() + " ms");
        }
        if (longPress.compareTo(debounce) <= 0 || longPress.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("long press must be longer than the debounce and at most 10 s, not "
                    + longPress.toMillis() + " ms");
        }
    }
}
