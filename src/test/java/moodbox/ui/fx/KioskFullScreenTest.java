package moodbox.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kiosk in full screen on a real X server with no window manager (as on the box under {@code cage}):
 * Xvfb at 800×480 and 1920×1080, the window in its own JVM, the screen read back with {@code xwd}. The whole
 * screen must be the kiosk (before, a 1920×1080 screen showed an 800×480 window in black) and the mood word
 * must be in the colour of the {@code moodColours} setting. The screenshots land in {@code target/screenshots}.
 */
class KioskFullScreenTest {
    private static final int BACKGROUND = 0x0E1216;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"800,480", "1920,1080"})
    void theKioskCoversTheWholeScreenWithoutAWindowManager(int width, int height) throws Exception {
        Path number = Files.createFile(dir.resolve("display"));
        Process xvfb = new ProcessBuilder("sh", "-c", "exec Xvfb -displayfd 3 -screen 0 " + width + "x" + height
                + "x24 -nolisten tcp 3>\"$0\"", number.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("xvfb.log").toFile()).start();
        Process kiosk = null;
        try {
            for (int i = 0; i < 300 && Files.readString(number).isBlank(); i++) {
                Thread.sleep(100);
            }
            String display = ":" + Files.readString(number).trim();
            assertFalse(display.equals(":"), "Xvfb started");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), KioskOnScreen.class.getName()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("kiosk.log").toFile());
            pb.environment().put("DISPLAY", display);
            pb.environment().remove("WAYLAND_DISPLAY");
            kiosk = pb.start();
            String first = kiosk.inputReader(StandardCharsets.UTF_8).readLine();
            assertEquals("shown", first, "the kiosk opened:\n" + Files.readString(dir.resolve("kiosk.log")));

            BufferedImage shot = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) { // the first frames may still be on their way
                shot = capture(display);
                if (corners(shot).stream().allMatch(p -> p == BACKGROUND) && moodPixels(shot) > 0) {
                    break;
                }
                Thread.sleep(250);
            }
            Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(shot, "png", Path.of("target", "screenshots", "xvfb-" + width + "x" + height + ".png").toFile());
            assertEquals(List.of(BACKGROUND, BACKGROUND, BACKGROUND, BACKGROUND), corners(shot),
                    "every corner of the screen is the kiosk, none is black");
            double scale = Math.min(width / 800.0, height / 480.0);
            assertTrue(moodPixels(shot) > 150 * scale * scale,
                    "the mood word is drawn in the moodColours colour: " + moodPixels(shot) + " pixels");
        } finally {
            if (kiosk != null) {
                kiosk.getOutputStream().close();
                if (!kiosk.waitFor(30, TimeUnit.SECONDS)) {
                    kiosk.destroyForcibly();
                }
            }
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static List<Integer> corners(BufferedImage shot) {
        int w = shot.getWidth() - 1;
        int h = shot.getHeight() - 1;
        return List.of(shot.getRGB(0, 0) & 0xFFFFFF, shot.getRGB(w, 0) & 0xFFFFFF, shot.getRGB(0, h) & 0xFFFFFF,
                shot.getRGB(w, h) & 0xFFFFFF);
    }

    /** Pixels within 30 per channel of Happy's configured colour (nothing else on the screen has it). */
    private static int moodPixels(BufferedImage shot) {
        int count = 0;
        int c = KioskWindowTest.HAPPY;
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                int p = shot.getRGB(x, y);
                if (Math.abs((p >> 16 & 255) - (c >> 16 & 255)) <= 30 && Math.abs((p >> 8 & 255) - (c >> 8 & 255)) <= 30
                        && Math.abs((p & 255) - (c & 255)) <= 30) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The X server's whole screen, as {@code xwd -root} writes it (a ZPixmap of 32-bit pixels at depth 24). */
    private static BufferedImage capture(String display) throws IOException, InterruptedException {
        Process xwd = new ProcessBuilder("xwd", "-root", "-silent", "-display", display).start();
        byte[] bytes;
        try (InputStream in = xwd.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertTrue(xwd.waitFor(60, TimeUnit.SECONDS) && xwd.exitValue() == 0, "xwd read the screen");
        DataInputStream header = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        int[] field = new int[25];
        for (int i = 0; i < field.length; i++) {
            field[i] = header.readInt();
        }
        int headerSize = field[0];
        int width = field[4];
        int height = field[5];
        boolean lsbFirst = field[7] == 0;
        int bitsPerPixel = field[11];
        int bytesPerLine = field[12];
        int colours = field[19];
        assertEquals(32, bitsPerPixel, "xwd wrote 32-bit pixels");
        int offset = headerSize + colours * 12;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = offset + y * bytesPerLine + x * 4;
                int p = lsbFirst ? (bytes[i] & 255) | (bytes[i + 1] & 255) << 8 | (bytes[i + 2] & 255) << 16
                        : (bytes[i + 1] & 255) << 16 | (bytes[i + 2] & 255) << 8 | (bytes[i + 3] & 255);
                image.setRGB(x, y, p & 0xFFFFFF);
            }
        }
        return image;
    }
}
