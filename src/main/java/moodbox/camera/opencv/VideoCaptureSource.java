package moodbox.camera.opencv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import moodbox.camera.CameraException;
import moodbox.camera.FrameSource;
import moodbox.camera.Sleeper;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import moodbox.image.opencv.OpenCvLibrary;
import org.opencv.core.Mat;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/**
 * Frames through OpenCV's {@link VideoCapture}: a USB webcam over V4L2 (by index such as "0" or a path such
 * as "/dev/video0"), or an MJPG video file (played in a loop at its own frame rate, for demos). This OpenCV
 * build has no FFmpeg, so MP4 and most AVI files do not open; MJPG AVI files do.
 */
public final class VideoCaptureSource implements FrameSource {
    private final VideoCapture capture;
    private final String description;
    private final Path file;
    private final Duration frameInterval;
    private final Sleeper sleeper;
    private final Mat buffer = new Mat();

    private VideoCaptureSource(VideoCapture capture, String description, Path file, Duration frameInterval,
            Sleeper sleeper) {
        this.capture = capture;
        this.description = description;
        this.file = file;
        this.frameInterval = frameInterval;
        this.sleeper = sleeper;
    }

    /** A V4L2 camera at {@code device} ("0", "1", … or a /dev/video path), asked for width×height frames. */
    public static VideoCaptureSource openCamera(String device, int width, int height) throws CameraException {
        OpenCvLibrary.load();
        String description = "USB camera " + device;
        VideoCapture capture;
        if (device.matches("\\d+")) {
            capture = new VideoCapture(Integer.parseInt(device), Videoio.CAP_V4L2);
        } else if (Files.exists(Path.of(device))) {
            capture = new VideoCapture(device, Videoio.CAP_V4L2);
        } else {
            throw new CameraException("no camera at " + device + ": is it plugged in?");
        }
        if (!capture.isOpened()) {
            capture.release();
            throw new CameraException("cannot open " + description + " (not plugged in, busy in another program, "
                    + "or not a video capture device)");
        }
        capture.set(Videoio.CAP_PROP_FRAME_WIDTH, width);
        capture.set(Videoio.CAP_PROP_FRAME_HEIGHT, height);
        return new VideoCaptureSource(capture, description, null, Duration.ZERO, Sleeper.REAL);
    }

    /** An MJPG video file, looped, one frame per {@code 1/fps} of the file's frame rate (15 if unknown). */
    public static VideoCaptureSource openVideoFile(Path file, Sleeper sleeper) throws CameraException {
        OpenCvLibrary.load();
        if (!Files.isReadable(file)) {
            throw new CameraException("video file not found or not readable: " + file);
        }
        VideoCapture capture = new VideoCapture(file.toString());
        if (!capture.isOpened()) {
            capture.release();
            throw new CameraException("cannot play " + file + ": this build reads MJPG AVI files (no MP4/H.264)");
        }
        double fps = capture.get(Videoio.CAP_PROP_FPS);
        Duration interval = Duration.ofNanos((long) (1e9 / (fps > 0 && fps < 240 ? fps : 15)));
        return new VideoCaptureSource(capture, "video file " + file.getFileName(), file, interval, sleeper);
    }

    @Override
    public GrayImage next() throws CameraException {
        boolean ok = capture.read(buffer);
        if (!ok && file != null) {
            capture.set(Videoio.CAP_PROP_POS_FRAMES, 0);
            ok = capture.read(buffer);
        }
        if (!ok || buffer.empty()) {
            throw new CameraException(file != null ? "no frame could be read from " + file
                    : description + " stopped delivering frames (unplugged?)");
        }
        try {
            sleeper.sleep(frameInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CameraException(description + ": interrupted", e);
        }
        return OpenCvImages.fromMat(buffer);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        capture.release();
        buffer.release();
    }
}
