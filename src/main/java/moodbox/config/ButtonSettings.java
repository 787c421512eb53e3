package moodbox.config;

/** The push button: its GPIO pin (BCM), the pull resistor, and how long a press must be to count as long (ms). */
public record ButtonSettings(int buttonPin, Pull buttonPull, int longPressMillis) {

    public ButtonSettings {
        InvalidSettingException.range(buttonPin, LightSettings.MIN_PIN, LightSettings.MAX_PIN, "buttonPin");
        InvalidSettingException.check(buttonPull != null, "buttonPull", "buttonPull must be \"up\" or \"down\"");
        InvalidSettingException.range(longPressMillis, 300, 5000, "longPressMillis");
    }

    public static ButtonSettings defaults() {
        return new ButtonSettings(26, Pull.UP, 800);
    }
}
