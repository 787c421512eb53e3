package moodbox.hardware;

/**
 * Which internal resistor holds the button pin when the button is open. {@link #UP}: the button connects the
 * pin to ground (pressed = low). {@link #DOWN}: the button connects the pin to 3.3 V (pressed = high).
 */
public enum Pull {
    UP,
    DOWN;

    /** The pin level that means "pressed" with this pull. */
    public boolean pressedLevel() {
        return this == DOWN;
    }
}
