package moodbox.config;

/** A colour for the RGB LED, 0–255 per channel. */
public record RgbColor(int red, int green, int blue) {
    public static final RgbColor OFF = new RgbColor(0, 0, 0);

    public RgbColor {
        check(red, "red");
        check(green, "green");
        check(blue, "blue");
    }

    private static void check(int value, String channel) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(channel + " must be 0-255, not " + value);
        }
    }

    /** Brightness of one channel as a PWM duty cycle, 0.0–1.0: index 0 red, 1 green, 2 blue. */
    public double duty(int channel) {
        int value = switch (channel) {
            case 0 -> red;
            case 1 -> green;
            case 2 -> blue;
            default -> throw new IllegalArgumentException("channel must be 0-2, not " + channel);
        };
        return value / 255.0;
    }

    /** Reads "#rrggbb" (either case), as stored in the settings. */
    public static RgbColor parse(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour must look like #ffcc00, not " + hex);
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RgbColor(value >> 16, (value >> 8) & 0xff, value & 0xff);
    }

    /** "#RRGGBB", for logs and the screen. */
    public String hex() {
        return String.format("#%02X%02X%02X", red, green, blue);
    }
}
