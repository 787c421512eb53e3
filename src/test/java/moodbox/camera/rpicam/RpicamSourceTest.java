package moodbox.camera.rpicam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import moodbox.camera.CameraException;
import moodbox.camera.CameraStatus;
import moodbox.camera.RetryPolicy;
import moodbox.camera.SupervisedCamera;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Pi camera path against a fake rpicam-vid script that streams real JPEG frames, then dies or stalls. */
class RpicamSourceTest {
    @TempDir
    static Path frames;

    @BeforeAll
    static void writeFrames() throws IOException {
        for (int i = 0; i < 3; i++) {
            byte[] px = new byte[64 * 48];
            java.util.Arrays.fill(px, (byte) (40 + 80 * i));
            Files.write(frames.resolve("frame" + i + ".jpg"), jpeg(new GrayImage(64, 48, px)));
        }
    }

    @Test
    void readsEveryFrameThenReportsTheExitCodeAndLastError() throws Exception {
        try (RpicamSource source = RpicamSource.start(fake("exit", "3"), Duration.ofSeconds(10))) {
            List<Integer> brightness = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                GrayImage frame = source.next();
                assertEquals(64, frame.width());
                brightness.add(frame.at(10, 10));
            }
            assertEquals(List.of(40, 120, 200), brightness.stream().map(b -> Math.round(b / 10f) * 10).toList());
            CameraException end = assertThrows(CameraException.class, source::next);
            assertTrue(end.getMessage().contains("exited with code 3"), end.getMessage());
            assertTrue(end.getMessage().contains("camera frontend has timed out"), end.getMessage());
        }
    }

    @Test
    void aSilentProcessIsReportedAsStalled() throws Exception {
        try (RpicamSource source = RpicamSource.start(fake("stall", "0"), Duration.ofMillis(700))) {
            for (int i = 0; i < 3; i++) {
                source.next();
            }
            CameraException stalled = assertThrows(CameraException.class, source::next);
            assertTrue(stalled.getMessage().contains("stalled"), stalled.getMessage());
        }
    }

    @Test
    void aMissingProgramIsReportedWithWhatToInstall() {
        CameraException e = assertThrows(CameraException.class,
                () -> RpicamSource.start(List.of("/nonexistent/rpicam-vid"), Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("rpicam-apps"), e.getMessage());
    }

    @Test
    void theSupervisorRestartsTheProcessWhenItDies() throws Exception {
        List<CameraStatus> statuses = new ArrayList<>();
        List<Duration> waits = new ArrayList<>();
        try (SupervisedCamera camera = new SupervisedCamera("Pi camera",
                () -> RpicamSource.start(fake("exit", "1"), Duration.ofSeconds(10)), RetryPolicy.defaults(),
                waits::add, Clock.systemUTC(), statuses::add)) {
            for (int i = 0; i < 7; i++) { // three frames per run: the third run is the second restart
                camera.next();
            }
        }
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), waits);
        assertEquals(2, statuses.stream().filter(s -> s.state() == CameraStatus.State.UNAVAILABLE).count());
        assertTrue(statuses.stream().anyMatch(s -> s.message().contains("exited with code 1")));
    }

    private static List<String> fake(String mode, String code) {
        Path script;
        try {
            script = Path.of(RpicamSourceTest.class.getResource("fake-rpicam-vid.sh").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.of("bash", script.toString(), frames.toString(), mode, code);
    }

    private static byte[] jpeg(GrayImage image) {
        org.opencv.core.Mat mat = OpenCvImages.toMat(image);
        org.opencv.core.MatOfByte out = new org.opencv.core.MatOfByte();
        org.opencv.imgcodecs.Imgcodecs.imencode(".jpg", mat, out);
        return out.toArray();
    }
}
