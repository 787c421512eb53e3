package moodbox.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.scene.text.Text;
import javafx.stage.StageStyle;
import javax.imageio.ImageIO;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.config.MoodColours;
import moodbox.config.RgbColor;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import moodbox.state.AppEvent;
import moodbox.state.AppEvent.LookingEnded.Reason;
import moodbox.state.AppState;
import moodbox.state.MoodReading;
import moodbox.state.NowPlaying;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.state.WebAccess;
import moodbox.testing.ManualClock;
import moodbox.ui.PreviewFrame;
import moodbox.ui.ScreenActions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kiosk window under JavaFX's headless Monocle platform, checked through its scene graph and screenshots
 * at 800×480 and 1920×1080, and driven by mouse presses through JavaFX's robot (touches arrive as the same
 * mouse events).
 */
class KioskWindowTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** Happy's colour in these tests: not the factory yellow, so a screen that ignores the setting fails. */
    static final int HAPPY = 0x12D4A8;

    private final ManualClock clock = new ManualClock(NOW);
    private final List<String> actions = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1080-32");
    }

    static Map<Emotion, RgbColor> colours() {
        Map<Emotion, RgbColor> colours = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            colours.put(e, MoodColours.of(e));
        }
        colours.put(Emotion.HAPPY, new RgbColor(HAPPY >> 16, HAPPY >> 8 & 255, HAPPY & 255));
        return colours;
    }

    private ScreenActions recorder() {
        return new ScreenActions(() -> actions.add("look again"), () -> actions.add("pause"), () -> actions.add("resume"),
                () -> actions.add("skip"), () -> actions.add("louder"), () -> actions.add("quieter"),
                e -> actions.add("correct " + e.label()));
    }

    static AppState playingHappy() throws Exception {
        MoodReading happy = new MoodReading(Emotion.HAPPY, 0.82,
                new EmotionScores(new float[] {0.02f, 0.01f, 0.03f, 0.82f, 0.04f, 0.05f, 0.03f}), NOW, java.util.List.of());
        return AppState.initial()
                .after(new AppEvent.MoodDecided(happy))
                .after(new AppEvent.TrackStarted(new NowPlaying(Path.of("/media/usb/sun.mp3"), "Here Comes the Sun",
                        "The Beatles", coverPng(), Duration.ofSeconds(50), Duration.ofSeconds(185))))
                .after(new AppEvent.VolumeChanged(40))
                .after(new AppEvent.PartChanged(Part.CAMERA, PartStatus.ok("USB camera 640x480")))
                .after(new AppEvent.PartChanged(Part.MODEL, PartStatus.ok("emotion-lite, 1.2 ms per face")))
                .after(new AppEvent.PartChanged(Part.LIBRARY, PartStatus.ok("412 songs on the USB stick MUSIC (3 could not be read)")))
                .after(new AppEvent.WebReady(new WebAccess("http://192.168.1.20:8080/", "482193")));
    }

    /** A cover in a blue no mood has: where it shows, the tags' picture is drawn. */
    static byte[] coverPng() throws Exception {
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

    static PreviewFrame frameWithFace() {
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
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_RGB);
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

    /** How many pixels inside a box are within {@code tolerance} of a colour. */
    static int pixelsNear(WritableImage shot, Bounds box, int rgb, int tolerance) {
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
        Node node = window.scene().lookup("#" + id);
        if (node == null) {
            throw new AssertionError("no #" + id + " on the screen");
        }
        return node;
    }

    /** The text as drawn (after any "…" clipping), not just as set; lines of wrapped text joined by spaces. */
    private static String drawn(Node label) {
        return String.join(" ", label.lookupAll(".text").stream().map(t -> ((Text) t).getText().trim()).toList());
    }

    private static Bounds onScreen(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
                && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5;
    }

    private KioskWindow open(AppState state, int width, int height) throws Exception {
        KioskWindow window = KioskWindow.open(state, clock, colours(), recorder(), false, width, height);
        KioskWindow.onFxThread(() -> { });
        return window;
    }

    private void checkScreen(int width, int height) throws Exception {
        KioskWindow window = open(playingHappy(), width, height);
        try {
            window.showFrame(frameWithFace());
            KioskWindow.onFxThread(() -> window.scene().getRoot().layout());
            WritableImage shot = screenshot(window, "kiosk-" + width + "x" + height + ".png");
            assertEquals(width, (int) shot.getWidth());
            assertEquals(height, (int) shot.getHeight());
            List<String> ids = List.of("cover", "moodPanel", "camera", "songTitle", "songArtist", "lookAgain", "playPause",
                    "skip", "volumeDown", "volume", "volumeUp", "setup", "status", "detailsButton");
            List<Bounds> boxes = new ArrayList<>();
            KioskWindow.onFxThread(() -> {
                assertEquals("Happy", drawn(find(window, "mood")));
                assertEquals("82% sure · just now", drawn(find(window, "moodLine")));
                assertEquals("Here Comes the Sun", drawn(find(window, "songTitle")));
                assertEquals("The Beatles", drawn(find(window, "songArtist")));
                assertEquals("0:50 / 3:05", drawn(find(window, "songTime")));
                assertEquals("40%", drawn(find(window, "volume")));
                assertEquals("412 songs on the USB stick MUSIC (3 could not be read)", drawn(find(window, "status")),
                        "the status line is not cut");
                assertEquals("Set up at http://192.168.1.20:8080/ · PIN 482193", drawn(find(window, "setup")));
                assertTrue(find(window, "faceBox").isVisible());
                assertFalse(find(window, "details").isVisible());
                for (String id : ids) {
                    boxes.add(onScreen(find(window, id)));
                }
            });
            for (int i = 0; i < ids.size(); i++) {
                Bounds b = boxes.get(i);
                assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= width && b.getMaxY() <= height,
                        ids.get(i) + " is on screen: " + b);
                for (int j = i + 1; j < ids.size(); j++) {
                    assertFalse(overlap(b, boxes.get(j)), ids.get(i) + " and " + ids.get(j) + " overlap: " + b + " " + boxes.get(j));
                }
            }
            double scale = Math.min(width / 800.0, height / 480.0);
            Bounds cover = boxes.get(0);
            assertTrue(cover.getHeight() > 0.6 * height, "the cover art is the biggest thing: " + cover);
            assertTrue(boxes.get(ids.indexOf("detailsButton")).getMaxX() > width - 40 * scale,
                    "the layout reaches the right edge (not a centred 800x480 box): " + boxes.get(ids.indexOf("detailsButton")));
            Bounds title = boxes.get(ids.indexOf("songTitle"));
            assertTrue(title.getHeight() > 30 * scale, "the title is large: " + title);
            Bounds mood = onScreen(find(window, "mood"));
            assertTrue(pixelsNear(shot, mood, HAPPY, 30) > 150 * scale * scale,
                    "the mood word is drawn in the colour of the moodColours setting");
            assertEquals(0, pixelsNear(shot, mood, 0xFFD000, 40), "not in the factory yellow");
            assertTrue(pixelsNear(shot, cover, 0x3060C0, 60) > 1000, "the cover art is drawn");
            assertTrue(pixelsNear(shot, onScreen(find(window, "faceBox")), 0x7CFC9A, 30) > 100 * scale,
                    "the face box is drawn over the preview");
            for (int x : new int[] {1, width - 2}) {
                for (int y : new int[] {1, height - 2}) {
                    int p = shot.getPixelReader().getArgb(x, y) & 0xFFFFFF;
                    assertEquals(0x0E1216, p, "the kiosk's background reaches the corner " + x + "," + y);
                }
            }
        } finally {
            window.close();
        }
    }

    @Test
    void readableOnTheSevenInchDisplay() throws Exception {
        checkScreen(800, 480);
    }

    @Test
    void fillsAFullHdScreen() throws Exception {
        checkScreen(1920, 1080);
    }

    @Test
    void fillsA4kScreen() throws Exception {
        checkScreen(3840, 2160);
    }

    @Test
    void aNewMoodColourInTheSettingsShowsAtOnce() throws Exception {
        KioskWindow window = open(playingHappy(), 800, 480);
        try {
            Map<Emotion, RgbColor> magenta = new EnumMap<>(colours());
            magenta.put(Emotion.HAPPY, new RgbColor(0xFF, 0x00, 0xFF));
            window.colours(magenta);
            KioskWindow.onFxThread(() -> { });
            WritableImage shot = screenshot(window, "kiosk-new-colour-800x480.png");
            Bounds mood = onScreen(find(window, "mood"));
            assertTrue(pixelsNear(shot, mood, 0xFF00FF, 30) > 150, "the mood word took the new colour");
            assertEquals(0, pixelsNear(shot, mood, HAPPY, 30), "and left the old one");
        } finally {
            window.close();
        }
    }

    @Test
    void withoutCoverArtASongGetsATileInTheMoodsColour() throws Exception {
        AppState state = playingHappy().after(new AppEvent.TrackStarted(new NowPlaying(
                Path.of("/demo-music/sunny-steps.wav"), "sunny-steps", "", null, Duration.ZERO, Duration.ofSeconds(20))));
        KioskWindow window = open(state, 800, 480);
        try {
            WritableImage shot = screenshot(window, "kiosk-tile-800x480.png");
            KioskWindow.onFxThread(() -> {
                assertEquals("Sunny Steps", drawn(find(window, "songTitle")));
                assertEquals("S", drawn(find(window, "coverLetter")));
            });
            assertTrue(pixelsNear(shot, onScreen(find(window, "cover")), HAPPY, 12) > 2000, "the tile has the mood's colour");
        } finally {
            window.close();
        }
    }

    /** Each look outcome as drawn: the word, and the old mood only as "Last mood", never in its colour. */
    @Test
    void lookingNoFaceAndNotSureAreShownAsSuch() throws Exception {
        AppState happy = playingHappy();
        KioskWindow window = open(happy, 800, 480);
        try {
            clock.advance(Duration.ofMinutes(3));
            Map<AppState, String> cases = Map.of(
                    happy.after(new AppEvent.LookingStarted()), "Looking…",
                    happy.after(new AppEvent.LookingStarted()).after(new AppEvent.LookingEnded(Reason.NO_FACE)), "No face",
                    happy.after(new AppEvent.LookingStarted()).after(new AppEvent.LookingEnded(Reason.NOT_SURE)), "Not sure");
            for (Map.Entry<AppState, String> c : cases.entrySet()) {
                window.on(new AppEvent.LookingStarted(), c.getKey());
                KioskWindow.onFxThread(() -> { });
                String name = c.getValue().replace("…", "").replace(' ', '-').toLowerCase();
                WritableImage shot = screenshot(window, "kiosk-" + name + "-800x480.png");
                KioskWindow.onFxThread(() -> {
                    assertEquals(c.getValue(), drawn(find(window, "mood")));
                    assertEquals("Last mood: Happy, 3 min ago", drawn(find(window, "moodEarlier")));
                    assertFalse(drawn(find(window, "moodLine")).contains("..."), "the hint is not cut");
                    assertEquals("Here Comes the Sun", drawn(find(window, "songTitle")), "the title is not cut");
                    assertEquals("", drawn(find(window, "barPercent-Happy")), "no old percentages");
                    assertTrue(find(window, "bar-Happy").prefWidth(-1) < 1, "the old bar is empty");
                });
                assertEquals(0, pixelsNear(shot, onScreen(find(window, "moodPanel")), HAPPY, 30),
                        c.getValue() + ": nothing in the old mood's colour");
            }
        } finally {
            window.close();
        }
    }

    private static void click(KioskWindow window, String id) throws Exception {
        KioskWindow.onFxThread(() -> {
            Node node = find(window, id);
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            Point2D centre = new Point2D(b.getCenterX(), b.getCenterY());
            Robot robot = new Robot();
            robot.mouseMove(centre);
            robot.mousePress(MouseButton.PRIMARY);
            robot.mouseRelease(MouseButton.PRIMARY);
        });
        KioskWindow.onFxThread(() -> { });
    }

    private static void waitFor(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            AtomicReference<Boolean> ok = new AtomicReference<>(false);
            KioskWindow.onFxThread(() -> ok.set(condition.getAsBoolean()));
            if (ok.get()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not within 30 s: " + what);
    }

    @Test
    void tapsOnTheControlsReachTheActions() throws Exception {
        AppState state = playingHappy();
        KioskWindow window = open(state, 800, 480);
        try {
            click(window, "playPause");
            window.on(new AppEvent.PlaybackPaused(true), state.after(new AppEvent.PlaybackPaused(true)));
            KioskWindow.onFxThread(() -> { });
            click(window, "playPause");
            click(window, "skip");
            click(window, "volumeUp");
            click(window, "volumeDown");
            click(window, "lookAgain");
            click(window, "mood");
            click(window, "camera");
            waitFor(() -> actions.size() >= 8, "eight taps heard: " + actions);
            assertEquals(List.of("pause", "resume", "skip", "louder", "quieter", "look again", "look again", "look again"), actions);
        } finally {
            window.close();
        }
    }

    @Test
    void notRightOpensTheSevenMoodPickerAndAPickCorrectsTheMood() throws Exception {
        KioskWindow window = open(playingHappy(), 800, 480);
        try {
            KioskWindow.onFxThread(() -> assertTrue(find(window, "notRight").isVisible(), "a decided mood offers \"Not right?\""));
            click(window, "notRight");
            KioskWindow.onFxThread(() -> assertTrue(find(window, "moodPicker").isVisible()));
            screenshot(window, "kiosk-mood-picker-800x480.png");
            click(window, "pick-Sad");
            waitFor(() -> actions.contains("correct Sad"), "the pick reached the correction: " + actions);
            KioskWindow.onFxThread(() -> assertFalse(find(window, "moodPicker").isVisible(), "the picker closes"));
            click(window, "notRight");
            click(window, "pickCancel");
            KioskWindow.onFxThread(() -> assertFalse(find(window, "moodPicker").isVisible()));
            assertEquals(List.of("correct Sad"), actions, "cancel corrects nothing, and no tap looked again");
            window.on(new AppEvent.LookingStarted(), playingHappy().after(new AppEvent.LookingStarted()));
            KioskWindow.onFxThread(() -> assertFalse(find(window, "notRight").isVisible(), "nothing to correct while looking"));
        } finally {
            window.close();
        }
    }

    @Test
    void aLongPressOpensTheDetailsWithTheSetUpPinAfterThePageWasUsed() throws Exception {
        AppState used = playingHappy().after(new AppEvent.PageUsed());
        KioskWindow window = open(used, 800, 480);
        try {
            KioskWindow.onFxThread(() -> assertFalse(find(window, "setup").isVisible(), "the PIN is off the main view once used"));
            KioskWindow.onFxThread(() -> {
                Node cover = find(window, "cover");
                Bounds b = cover.localToScreen(cover.getBoundsInLocal());
                Robot robot = new Robot();
                robot.mouseMove(new Point2D(b.getCenterX(), b.getCenterY()));
                robot.mousePress(MouseButton.PRIMARY);
            });
            waitFor(() -> find(window, "details").isVisible(), "the details screen opens while the finger is held");
            KioskWindow.onFxThread(() -> new Robot().mouseRelease(MouseButton.PRIMARY));
            screenshot(window, "kiosk-details-800x480.png");
            KioskWindow.onFxThread(() -> {
                assertEquals("http://192.168.1.20:8080/", drawn(find(window, "detailsAddress")));
                assertEquals("PIN 482193", drawn(find(window, "detailsPin")));
                assertEquals("Camera: USB camera 640x480", drawn(find(window, "detail-camera")));
                assertEquals("82%", drawn(find(window, "barPercent-Happy")));
            });
            assertEquals(List.of(), actions, "the long press did nothing else");
            click(window, "detailsBack");
            KioskWindow.onFxThread(() -> assertFalse(find(window, "details").isVisible()));
            click(window, "detailsButton");
            KioskWindow.onFxThread(() -> assertTrue(find(window, "details").isVisible(), "Details opens it too"));
            clock.advance(KioskWindow.DETAILS_OPEN.plusSeconds(1));
            window.on(new AppEvent.TrackProgress(Duration.ofSeconds(51)), used.after(new AppEvent.TrackProgress(Duration.ofSeconds(51))));
            KioskWindow.onFxThread(() -> { });
            window.on(new AppEvent.TrackProgress(Duration.ofSeconds(52)), used.after(new AppEvent.TrackProgress(Duration.ofSeconds(52))));
            KioskWindow.onFxThread(() -> { });
            KioskWindow.onFxThread(() -> assertFalse(find(window, "details").isVisible(), "it closes by itself (the PIN does not stay up)"));
        } finally {
            window.close();
        }
    }

    @Test
    void fullScreenIsAKioskWithoutCursorOrDecorations() throws Exception {
        KioskWindow window = KioskWindow.open(playingHappy(), clock, colours(), recorder(), true, 800, 480);
        try {
            KioskWindow.onFxThread(() -> {
                assertTrue(window.stage().isFullScreen());
                assertEquals(StageStyle.UNDECORATED, window.stage().getStyle());
                assertEquals(Cursor.NONE, window.scene().getCursor());
                assertEquals(1920, (int) window.scene().getWidth(), "the window has the screen's size");
                assertEquals(1080, (int) window.scene().getHeight());
            });
        } finally {
            window.close();
        }
    }
}
