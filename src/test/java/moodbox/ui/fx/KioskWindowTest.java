package moodbox.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.StageStyle;
import javax.imageio.ImageIO;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import moodbox.state.AppEvent;
import moodbox.state.AppState;
import moodbox.state.MoodReading;
import moodbox.state.NowPlaying;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.state.WebAccess;
import moodbox.ui.PreviewFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kiosk window under JavaFX's headless Monocle platform, checked through its scene graph and a screenshot. */
class KioskWindowTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1080-32");
    }

    private static AppState playingHappy() throws Exception {
        MoodReading happy = new MoodReading(Emotion.HAPPY, 0.82,
                new EmotionScores(new float[] {0.02f, 0.01f, 0.03f, 0.82f, 0.04f, 0.05f, 0.03f}), NOW);
        return AppState.initial()
                .after(new AppEvent.MoodDecided(happy))
                .after(new AppEvent.TrackStarted(new NowPlaying(Path.of("/media/usb/sun.mp3"), "Here Comes the Sun",
                        "The Beatles", coverPng(), Duration.ofSeconds(50), Duration.ofSeconds(185))))
                .after(new AppEvent.PartChanged(Part.CAMERA, PartStatus.simulated("synthetic faces")))
                .after(new AppEvent.PartChanged(Part.MODEL, PartStatus.ok("emotion-cnn, 2.5 ms per face")))
                .after(new AppEvent.PartChanged(Part.LIBRARY, PartStatus.ok("412 songs on MUSIC")))
                .after(new AppEvent.WebReady(new WebAccess("http://192.168.1.20:8080/", "4821")));
    }

    private static byte[] coverPng() throws Exception {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, 0x3060C0 + (x * 2 << 16));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static PreviewFrame frameWithFace() {
        byte[] pixels = new byte[320 * 240];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (60 + (i % 320) / 4);
        }
        return PreviewFrame.fromGray(new GrayImage(320, 240, pixels), new FaceBox(120, 60, 80, 100));
    }

    private static WritableImage screenshot(KioskWindow window, String name) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        KioskWindow.onFxThread(() -> shot.set(window.scene().snapshot(null)));
        WritableImage image = shot.get();
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Files.createDirectories(SHOTS);
        ImageIO.write(png, "png", SHOTS.resolve(name).toFile());
        return image;
    }

    /** How many pixels inside a node's on-screen box are within {@code tolerance} of a colour. */
    private static int pixelsNear(WritableImage shot, Bounds box, int rgb, int tolerance) {
        int count = 0;
        PixelReader reader = shot.getPixelReader();
        for (int y = (int) Math.max(0, box.getMinY()); y < Math.min(shot.getHeight(), box.getMaxY()); y++) {
            for (int x = (int) Math.max(0, box.getMinX()); x < Math.min(shot.getWidth(), box.getMaxX()); x++) {
                int p = reader.getArgb(x, y);
                if (Math.abs((p >> 16 & 255) - (rgb >> 16 & 255)) <= tolerance
                        && Math.abs((p >> 8 & 255) - (rgb >> 8 & 255)) <= tolerance
                        && Math.abs((p & 255) - (rgb & 255)) <= tolerance) {
                    count++;
                }
            }
        }
        return count;
    }

    private static Node find(KioskWindow window, String id) {
        return window.scene().lookup("#" + id);
    }

    /** The text as drawn (after any "…" clipping), not just as set. */
    private static String drawn(Node label) {
        return ((Text) label.lookup(".text")).getText();
    }

    private static Bounds onScreen(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private void checkScreen(int width, int height) throws Exception {
        KioskWindow window = KioskWindow.open(playingHappy(), CLOCK, false, width, height);
        try {
            window.showFrame(frameWithFace());
            KioskWindow.onFxThread(() -> { });
            WritableImage shot = screenshot(window, "kiosk-" + width + "x" + height + ".png");
            assertEquals(width, (int) shot.getWidth());
            assertEquals(height, (int) shot.getHeight());

            KioskWindow.onFxThread(() -> {
                assertEquals("Happy", drawn(find(window, "mood")));
                assertEquals("Here Comes the Sun", drawn(find(window, "songTitle")));
                assertEquals("The Beatles", drawn(find(window, "songArtist")));
                assertEquals("0:50 / 3:05", drawn(find(window, "songTime")));
                assertEquals("82%", drawn(find(window, "barPercent-Happy")));
                assertEquals("Camera: synthetic faces", drawn(find(window, "status0")));
                assertEquals("Set up at http://192.168.1.20:8080/", drawn(find(window, "web")));
                assertEquals("PIN 4821", drawn(find(window, "pin")));
                assertFalse(find(window, "problem").isVisible());
                assertTrue(find(window, "faceBox").isVisible());
            });
            double scale = Math.min(width / 800.0, height / 480.0);
            Bounds mood = onScreen(find(window, "mood"));
            assertTrue(mood.getHeight() > 60 * scale, "mood word is large: " + mood.getHeight());
            assertTrue(mood.getMaxX() <= width && mood.getMaxY() <= height, "mood word is on screen");
            assertTrue(pixelsNear(shot, mood, 0xFFB000, 40) > 150 * scale * scale,
                    "the mood word is drawn in the mood's colour");
            Bounds title = onScreen(find(window, "songTitle"));
            assertTrue(title.getMaxX() <= width && title.getMaxY() <= height, "song title is on screen");
            assertTrue(pixelsNear(shot, title, 0xE8ECEF, 40) > 80 * scale * scale, "the song title is drawn");
            assertTrue(pixelsNear(shot, onScreen(find(window, "faceBox")), 0x7CFC9A, 30) > 200 * scale,
                    "the face box is drawn over the preview");
            assertTrue(pixelsNear(shot, onScreen(find(window, "cover")), 0x3060C0, 60) > 100,
                    "the cover art is drawn");
        } finally {
            window.close();
        }
    }

    @Test
    void readableOnTheSevenInchDisplay() throws Exception {
        checkScreen(800, 480);
    }

    @Test
    void readableOnAFullHdScreen() throws Exception {
        checkScreen(1920, 1080);
    }

    @Test
    void aFailingPartShowsTheCalmErrorViewAndTheWindowIsAKiosk() throws Exception {
        AppState broken = playingHappy().after(new AppEvent.LookingStarted())
                .after(new AppEvent.PartChanged(Part.CAMERA, PartStatus.failed("no camera found, retrying")));
        KioskWindow window = KioskWindow.open(AppState.initial(), CLOCK, true, 800, 480);
        try {
            window.on(new AppEvent.LookingStarted(), broken);
            KioskWindow.onFxThread(() -> { });
            screenshot(window, "kiosk-error-800x480.png");
            KioskWindow.onFxThread(() -> {
                assertTrue(window.stage().isFullScreen());
                assertEquals(StageStyle.UNDECORATED, window.stage().getStyle());
                assertEquals(Cursor.NONE, window.scene().getCursor());
                assertEquals("Looking…", drawn(find(window, "mood")));
                assertTrue(find(window, "problem").isVisible());
                assertEquals("One thing needs attention — the rest keeps working",
                        String.join(" ", window.scene().lookup("#problemHeadline").lookupAll(".text").stream()
                                .map(text -> ((Text) text).getText().trim()).toList()));
                assertEquals("Camera: no camera found, retrying", ((Label) find(window, "problemLines")).getText());
            });
        } finally {
            window.close();
        }
    }
}
