package moodbox.hardware;

/** BCM numbers of the three legs of an optional common-cathode RGB LED (each through its own resistor). */
public record RgbPins(int red, int green, int blue) {
}
