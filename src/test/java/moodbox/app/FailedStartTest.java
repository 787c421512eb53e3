package moodbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import moodbox.config.Settings;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionClassifier;
import moodbox.engine.FaceFeed;
import moodbox.state.PartStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that stops at once (no GPIO off a Raspberry Pi) while the slow parts are still opening: when
 * {@code start} has thrown, nothing the box began may still run or write into the config folder.
 */
class FailedStartTest {
    private static final Set<String> BOX_THREADS = Set.of("moodbox-start", "moodbox-library-scan", "moodbox-resume-saver",
            "moodbox-stick-watcher", "mood-history", "music-restart", "engine");

    @TempDir
    Path dir;

    /** The scripted vision, whose camera takes until it is told to stop (interrupted) to open. */
    private static final class SlowCamera implements VisionParts {
        final CountDownLatch opening = new CountDownLatch(1);
        final CountDownLatch ended = new CountDownLatch(1);
        private final ScriptedVision vision = new ScriptedVision(Emotion.HAPPY);

        @Override
        public FaceFeed feed(Settings settings, boolean simulate, Supplier<EmotionClassifier> model, Clock clock,
                             Consumer<PartStatus> status) throws Exception {
            opening.countDown();
            try {
                new CountDownLatch(1).await(); // never released: only an interrupt ends it
                throw new AssertionError("unreachable");
            } finally {
                ended.countDown();
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Set<Thread> boxThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> BOX_THREADS.contains(t.getName())).collect(Collectors.toSet());
    }

    @Test
    void whenTheStartStopsAtOnceEveryPartOpeningInTheBackgroundIsStoppedAndClosedBeforeStartReturns() throws Exception {
        Assumptions.assumeFalse(Hardware.isRaspberryPi(Appliance.DEVICE_TREE_MODEL), "this machine is a Raspberry Pi");
        Set<Thread> before = boxThreads();
        SlowCamera camera = new SlowCamera();
        Path config = dir.resolve("config");
        RunOptions options = new RunOptions(false, true, true, null, config, freePort(), dir.resolve("no-model"), false);
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                Appliance.start(options, new PrintStream(new ByteArrayOutputStream()), camera, List.of()));
        assertTrue(e.getMessage().contains("not a Raspberry Pi"), e.getMessage());

        assertEquals(0, camera.ended.getCount(), "the camera was still opening after start() gave up");
        for (Thread t : boxThreads()) {
            if (!before.contains(t)) {
                t.join(Duration.ofSeconds(30).toMillis()); // ending threads finish at once; a leaked one never does
                assertTrue(!t.isAlive(), "still running after the failed start: " + t.getName());
            }
        }
        try (Stream<Path> files = Files.walk(config)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p); // what the test framework does next: nothing may be half-written or reappear
            }
        }
        assertTrue(!Files.exists(config));
    }
}
