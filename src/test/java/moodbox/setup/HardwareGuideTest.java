package moodbox.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import moodbox.config.LightSettings;
import moodbox.config.Settings;
import moodbox.emotion.Emotion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hardware guide's pin table and wiring diagram agree with the program's default pin settings. */
class HardwareGuideTest {
    private static final Map<String, String[]> TABLE = new HashMap<>();   // setting -> [gpio, header pin]
    private static String svg;

    @BeforeAll
    static void readGuide() throws Exception {
        for (String line : Files.readAllLines(Path.of("hardware/README.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length > 5 && cells[2].trim().startsWith("`")) {
                TABLE.put(cells[2].trim().replace("`", ""), new String[] {cells[3].trim(), cells[4].trim()});
            }
        }
        svg = Files.readString(Path.of("hardware/wiring.svg"));
    }

    private static Map<String, Integer> defaultPins() {
        LightSettings lights = Settings.defaults("000000").lights();
        Map<String, Integer> pins = new HashMap<>();
        for (Emotion e : Emotion.values()) {
            pins.put("ledPins." + e.label(), lights.ledPin(e));
        }
        pins.put("rgbRedPin", lights.rgbRedPin());
        pins.put("rgbGreenPin", lights.rgbGreenPin());
        pins.put("rgbBluePin", lights.rgbBluePin());
        pins.put("buttonPin", Settings.defaults("000000").button().buttonPin());
        return pins;
    }

    @Test
    void everyDefaultPinIsInTheTableAndTheDiagram() {
        defaultPins().forEach((setting, gpio) -> {
            String[] row = TABLE.get(setting);
            assertTrue(row != null, "hardware/README.md has no row for " + setting);
            assertEquals(Integer.toString(gpio), row[0], setting + " GPIO");
            assertEquals(Integer.toString(HEADER.get(gpio)), row[1], setting + " header pin of GPIO " + gpio);
            assertTrue(svg.contains("pin " + HEADER.get(gpio) + " · <tspan font-weight=\"bold\">GPIO" + gpio + "</tspan>"),
                    "wiring.svg shows GPIO " + gpio + " on header pin " + HEADER.get(gpio));
        });
        assertEquals("rpicam", Settings.defaults("000000").detection().cameraSource());
    }

    /** BCM GPIO number -> physical pin on the 40-pin header (the same on the Pi 4 and Pi 5). */
    private static final Map<Integer, Integer> HEADER = Map.ofEntries(
            Map.entry(2, 3), Map.entry(3, 5), Map.entry(4, 7), Map.entry(17, 11), Map.entry(27, 13), Map.entry(22, 15),
            Map.entry(10, 19), Map.entry(9, 21), Map.entry(11, 23), Map.entry(5, 29), Map.entry(6, 31), Map.entry(13, 33),
            Map.entry(19, 35), Map.entry(26, 37), Map.entry(14, 8), Map.entry(15, 10), Map.entry(18, 12), Map.entry(23, 16),
            Map.entry(24, 18), Map.entry(25, 22), Map.entry(8, 24), Map.entry(7, 26), Map.entry(12, 32), Map.entry(16, 36),
            Map.entry(20, 38), Map.entry(21, 40));

    @Test
    void everyResistorInTheGuideKeepsItsPinBetweenOneAndAHalfAndEightMilliamps() throws Exception {
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("\\| ≈ ([0-9.]+)(?:–[0-9.]+)? V \\| (\\d+) Ω \\|");
        int rows = 0;
        for (String line : Files.readAllLines(Path.of("hardware/README.md"))) {
            java.util.regex.Matcher m = row.matcher(line);
            if (m.find()) {
                rows++;
                double milliamps = (3.3 - Double.parseDouble(m.group(1))) / Integer.parseInt(m.group(2)) * 1000;
                assertTrue(milliamps >= 1.5 && milliamps <= 8, line + " gives " + milliamps + " mA");
            }
        }
        assertEquals(3, rows, "the resistor table has three rows");
    }
}
