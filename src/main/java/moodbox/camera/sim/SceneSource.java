package moodbox.camera.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import moodbox.camera.CameraException;
import moodbox.camera.FrameSource;
import moodbox.camera.Sleeper;
import moodbox.image.GrayImage;

/** A {@link SyntheticScene} played as a camera: one frame per interval, showing the scene as of now. */
public final class SceneSource implements FrameSource {
    private final SyntheticScene scene;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private Instant start;

    public SceneSource(SyntheticScene scene, Clock clock, Sleeper sleeper, Duration interval) {
        this.scene = scene;
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
    }

    @Override
    public GrayImage next() throws CameraException {
        if (start == null) {
            start = clock.instant();
        } else {
            try {
                sleeper.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CameraException("synthetic scene interrupted", e);
            }
        }
        return scene.render(Duration.between(start, clock.instant()));
    }

    @Override
    public String description() {
        return "synthetic scene (simulated camera)";
    }

    @Override
    public void close() {
        // nothing to release
    }
}
