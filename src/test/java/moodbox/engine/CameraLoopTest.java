package moodbox.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import moodbox.emotion.Emotion;
import moodbox.engine.EngineFakes.RecordingDeck;
import moodbox.mood.MoodSettings;
import moodbox.state.AppStateHolder;
import moodbox.testing.ManualClock;
import org.junit.jupiter.api.Test;

/** The camera thread survives failing frames: it reports them and goes on reading. */
class CameraLoopTest {
    @Test
    void aFailingFrameIsReportedAndTheLoopGoesOnReading() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch framesAfterTheFailures = new CountDownLatch(3);
        FaceFeed feed = new FaceFeed() {
            @Override
            public Sighting next() {
                int call = calls.incrementAndGet();
                if (call <= 2) {
                    // what TensorFlow throws for a model folder without its variables
                    throw new IllegalStateException("Attempting to use uninitialized value c1_w");
                }
                framesAfterTheFailures.countDown();
                return EngineFakes.face(Emotion.HAPPY, 0.8);
            }

            @Override
            public void close() {
            }
        };
        Engine engine = new Engine(new AppStateHolder(), MoodSettings.defaults(), new RecordingDeck(),
                new ManualClock(Instant.parse("2024-05-01T12:00:00Z")), Runnable::run, s -> { }, Duration.ZERO);
        try (CameraLoop loop = new CameraLoop(feed, engine, Duration.ofMillis(10)).start()) {
            assertTrue(framesAfterTheFailures.await(30, TimeUnit.SECONDS),
                    "frames are read again after the failures (" + calls.get() + " reads)");
        }
    }
}
