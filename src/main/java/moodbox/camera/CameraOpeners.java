package moodbox.camera;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import moodbox.camera.opencv.VideoCaptureSource;
import moodbox.camera.rpicam.RpicamSource;
import moodbox.camera.sim.ImageFolderSource;
import moodbox.camera.sim.SampleFaces;
import moodbox.camera.sim.SceneSource;
import moodbox.camera.sim.SyntheticScene;

/** Turns {@link CameraSettings} into an {@link FrameSource.Opener} for {@link SupervisedCamera}. */
public final class CameraOpeners {
    /** The Pi camera counts as stalled after this long without a frame. */
    public static final Duration STALL_TIMEOUT = Duration.ofSeconds(5);

    private CameraOpeners() {
    }

    public static FrameSource.Opener forSettings(CameraSettings settings, Clock clock, Sleeper sleeper) {
        Duration interval = Duration.ofMillis(1000 / settings.framesPerSecond());
        return switch (settings.kind()) {
            case USB -> () -> VideoCaptureSource.openCamera(settings.device(), settings.width(), settings.height());
            case PI_CAMERA -> {
                List<String> command = RpicamSource.command(settings.device(), settings.width(), settings.height(),
                        settings.framesPerSecond());
                yield () -> RpicamSource.start(command, STALL_TIMEOUT);
            }
            case VIDEO_FILE -> () -> VideoCaptureSource.openVideoFile(Path.of(settings.device()), sleeper);
            case IMAGE_FOLDER -> () -> ImageFolderSource.open(Path.of(settings.device()), sleeper, interval);
            case SCENE -> () -> new SceneSource(new SyntheticScene(SampleFaces.load(), SyntheticScene.demoScript(),
                    settings.width(), settings.height(), 1), clock, sleeper, interval);
        };
    }

    /** A supervised camera for these settings, reporting its status to {@code listener}. */
    public static SupervisedCamera supervised(CameraSettings settings, Clock clock,
            java.util.function.Consumer<CameraStatus> listener) {
        return new SupervisedCamera(settings.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + " camera " + (settings.device() == null ? "" : settings.device()).strip(),
                forSettings(settings, clock, Sleeper.REAL), RetryPolicy.defaults(), Sleeper.REAL, clock, listener);
    }
}
