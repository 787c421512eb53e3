package moodbox.camera.rpicam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import moodbox.camera.CameraException;
import moodbox.camera.FrameSource;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Raspberry Pi camera module, read as an MJPEG stream from a {@code rpicam-vid} process we start. A
 * reader thread keeps only the newest frames, so a slow consumer always gets a fresh picture. When the
 * process dies or sends nothing for {@code stallTimeout}, {@link #next()} throws with the reason (exit code
 * and the last lines rpicam-vid printed); {@link moodbox.camera.SupervisedCamera} then starts it again.
 */
public final class RpicamSource implements FrameSource {
    private static final Logger log = LoggerFactory.getLogger(RpicamSource.class);
    private static final byte[] END = new byte[0];
    private static final int STDERR_LINES = 3;

    private final Process process;
    private final Duration stallTimeout;
    private final String program;
    private final BlockingQueue<byte[]> frames = new ArrayBlockingQueue<>(2);
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final Thread errorReader = new Thread(this::readErrors, "rpicam-stderr");
    private volatile String endReason;

    private RpicamSource(Process process, String program, Duration stallTimeout) {
        this.process = process;
        this.program = program;
        this.stallTimeout = stallTimeout;
    }

    /** {@code program} (normally rpicam-vid) streaming MJPEG at this size and rate to stdout, no preview, until stopped. */
    public static List<String> command(String program, int width, int height, int framesPerSecond) {
        return List.of(program, "-t", "0", "-n", "--codec", "mjpeg", "--width", String.valueOf(width),
                "--height", String.valueOf(height), "--framerate", String.valueOf(framesPerSecond), "-o", "-");
    }

    public static RpicamSource start(List<String> command, Duration stallTimeout) throws CameraException {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new CameraException("cannot start " + command.get(0) + " for the Pi camera (" + e.getMessage()
                    + "); on Raspberry Pi OS install rpicam-apps", e);
        }
        RpicamSource source = new RpicamSource(process, command.get(0), stallTimeout);
        source.startThreads();
        return source;
    }

    private void startThreads() {
        Thread reader = new Thread(this::readFrames, "rpicam-frames");
        reader.setDaemon(true);
        reader.start();
        errorReader.setDaemon(true);
        errorReader.start();
    }

    private void readFrames() {
        MjpegStreamReader stream = new MjpegStreamReader(process.getInputStream());
        try {
            byte[] jpeg;
            while ((jpeg = stream.nextJpeg()) != null) {
                while (!frames.offer(jpeg)) {
                    frames.poll(); // drop the oldest frame: live use wants the newest picture
                }
            }
            endReason = program + " exited" + exitCode();
            awaitLastErrors();
        } catch (IOException e) {
            endReason = program + " stream broke: " + e.getMessage();
        }
        frames.clear();
        frames.offer(END);
    }

    private String exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? " with code " + process.exitValue() : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The process has ended: its last error lines (usually the reason) are on their way; let them arrive. */
    private void awaitLastErrors() {
        try {
            errorReader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readErrors() {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                log.debug("{}: {}", program, line);
                synchronized (stderrTail) {
                    stderrTail.addLast(line.strip());
                    if (stderrTail.size() > STDERR_LINES) {
                        stderrTail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            log.debug("{} stderr closed: {}", program, e.getMessage());
        }
    }

    @Override
    public GrayImage next() throws CameraException {
        while (true) {
            byte[] jpeg;
            try {
                jpeg = frames.poll(stallTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CameraException(program + ": interrupted", e);
            }
            if (jpeg == null) {
                close();
                throw new CameraException(program + " sent no frame for " + stallTimeout.toMillis()
                        + " ms: the camera stalled" + lastErrors());
            }
            if (jpeg == END) {
                frames.offer(END);
                throw new CameraException(endReason + lastErrors());
            }
            try {
                return OpenCvImages.decode(jpeg, "frame from " + program);
            } catch (IOException e) {
                log.warn("skipping a broken frame from {}: {}", program, e.getMessage());
            }
        }
    }

    private String lastErrors() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "" : " (" + String.join(" / ", stderrTail) + ")";
        }
    }

    @Override
    public String description() {
        return "Pi camera via " + program;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
