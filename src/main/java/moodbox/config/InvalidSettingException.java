package moodbox.config;

/**
 * A setting with a bad value. {@link #field()} is the setting's name as written in the JSON file and API
 * (e.g. {@code maxVolume} or {@code ledPins.Happy}); the message names it in words a person understands
 * ("Maximum volume must be…", "LED pin for Happy…": {@link SettingNames}), so it can be shown as is.
 */
public final class InvalidSettingException extends IllegalArgumentException {
    private final String field;

    public InvalidSettingException(String field, String message) {
        super(SettingNames.inWords(message));
        this.field = field;
    }

    public String field() {
        return field;
    }

    static void check(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidSettingException(field, message);
        }
    }

    static int range(int value, int min, int max, String field) {
        check(value >= min && value <= max, field, field + " must be from " + min + " to " + max + ", not " + value);
        return value;
    }

    static double range(double value, double min, double max, String field) {
        check(value >= min && value <= max, field, field + " must be from " + min + " to " + max + ", not " + value);
        return value;
    }
}
