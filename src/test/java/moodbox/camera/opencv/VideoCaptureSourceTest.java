package moodbox.camera.opencv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import moodbox.image.opencv.OpenCvLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.videoio.VideoWriter;

class VideoCaptureSourceTest {
    @TempDir
    Path dir;

    @Test
    void playsAnMjpgFileInALoopAtItsFrameRate() throws Exception {
        Path video = dir.resolve("clip.avi");
        OpenCvLibrary.load();
        VideoWriter writer = new VideoWriter(video.toString(), VideoWriter.fourcc('M', 'J', 'P', 'G'), 20,
                new Size(80, 60), false);
        assertTrue(writer.isOpened(), "OpenCV cannot write MJPG AVI here");
        for (int level : new int[] {30, 130, 230}) {
            writer.write(new Mat(60, 80, CvType.CV_8UC1, new Scalar(level)));
        }
        writer.release();

        List<Duration> waits = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        try (VideoCaptureSource source = VideoCaptureSource.openVideoFile(video, waits::add)) {
            for (int i = 0; i < 5; i++) {
                levels.add(source.next().at(40, 30));
            }
        }
        // MJPG stores gray in a slightly different range, so compare the frames with each other.
        assertTrue(levels.get(0) < levels.get(1) && levels.get(1) < levels.get(2), levels.toString());
        assertEquals(levels.subList(0, 2), levels.subList(3, 5), "plays again from the start");
        assertEquals(Duration.ofMillis(50), waits.get(0));
    }

    @Test
    void aCameraThatIsNotPluggedInIsReported() {
        CameraException e = assertThrows(CameraException.class,
                () -> VideoCaptureSource.openCamera("/dev/video-moodbox-test", 640, 480));
        assertTrue(e.getMessage().contains("is it plugged in"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAVideoIsReported() throws Exception {
        Path notVideo = Files.writeString(dir.resolve("notes.avi"), "hello");
        CameraException e = assertThrows(CameraException.class, () -> VideoCaptureSource.openVideoFile(notVideo, d -> { }));
        assertTrue(e.getMessage().contains("MJPG"), e.getMessage());
    }

    @Test
    void anUnpluggedCameraIsRetriedWithGrowingBackOffUntilClosed() {
        List<Duration> waits = new ArrayList<>();
        List<CameraStatus> statuses = new ArrayList<>();
        SupervisedCamera camera = new SupervisedCamera("USB camera", () -> VideoCaptureSource.openCamera(
                "/dev/video-moodbox-test", 640, 480), RetryPolicy.defaults(), d -> {
                    waits.add(d);
                    if (waits.size() == 7) {
                        throw new InterruptedException(); // how the app stops a waiting camera thread
                    }
                }, Clock.systemUTC(), statuses::add);
        assertThrows(CameraException.class, camera::next);
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L), waits.stream().map(Duration::toSeconds).toList());
        assertTrue(statuses.stream().filter(s -> s.state() == CameraStatus.State.UNAVAILABLE)
                .allMatch(s -> s.message().contains("is it plugged in")));
        Thread.interrupted(); // clear the flag the supervisor restored
    }
}
