package moodbox.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.Test;

class SupervisedCameraTest {
    private static final GrayImage FRAME = new GrayImage(2, 2, new byte[4]);

    /** A scripted camera: each opening either fails or gives some frames and then breaks. */
    private final Deque<Integer> openings = new ArrayDeque<>();
    private final List<String> closed = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    private final List<CameraStatus.State> states = new ArrayList<>();

    private FrameSource open() throws CameraException {
        int frames = openings.isEmpty() ? 1000 : openings.removeFirst();
        if (frames < 0) {
            throw new CameraException("no camera");
        }
        return new FrameSource() {
            int left = frames;

            @Override
            public GrayImage next() throws CameraException {
                if (left-- <= 0) {
                    throw new CameraException("unplugged");
                }
                return FRAME;
            }

            @Override
            public String description() {
                return "scripted camera";
            }

            @Override
            public void close() {
                closed.add("closed");
            }
        };
    }

    @Test
    void reopensAfterFailuresAndStartsTheBackOffAgainOnceFramesFlow() throws Exception {
        openings.addAll(List.of(-1, -1, 2, -1, 3));
        try (SupervisedCamera camera = new SupervisedCamera("camera", this::open, RetryPolicy.defaults(), waits::add,
                Clock.systemUTC(), s -> states.add(s.state()))) {
            for (int i = 0; i < 6; i++) {
                assertEquals(FRAME, camera.next());
            }
        }
        assertEquals(List.of(1L, 2L, 1L, 2L, 1L), waits.stream().map(Duration::toSeconds).toList());
        assertEquals(3, closed.size(), "each broken camera is closed, and the last one on close()");
        assertEquals(CameraStatus.State.STOPPED, states.get(states.size() - 1));
        assertEquals(5, states.stream().filter(s -> s == CameraStatus.State.UNAVAILABLE).count());
    }

    @Test
    void closingWhileAFrameIsBeingReadLeavesTheCameraStoppedWhetherTheFrameArrivesOrTheDeviceBreaks() throws Exception {
        for (boolean deviceBreaks : new boolean[] {false, true}) {
            states.clear();
            closed.clear();
            waits.clear();
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            FrameSource slow = new FrameSource() {
                @Override
                public GrayImage next() throws CameraException {
                    reading.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    if (deviceBreaks) {
                        throw new CameraException("device closed under the reader");
                    }
                    return FRAME;
                }

                @Override
                public String description() {
                    return "slow camera";
                }

                @Override
                public void close() {
                    closed.add("closed");
                }
            };
            SupervisedCamera camera = new SupervisedCamera("camera", () -> slow, RetryPolicy.defaults(), waits::add,
                    Clock.systemUTC(), s -> states.add(s.state()));
            Thread reader = new Thread(() -> {
                try {
                    camera.next();
                } catch (CameraException expected) {
                    // a camera closed under its reader may end the read this way
                }
            });
            reader.start();
            assertTrue(reading.await(5, TimeUnit.SECONDS));
            camera.close();
            release.countDown();
            reader.join(5000);

            assertEquals(CameraStatus.State.STOPPED, states.get(states.size() - 1), "deviceBreaks=" + deviceBreaks + ": " + states);
            assertEquals(CameraStatus.State.STOPPED, camera.status().state());
            assertEquals(List.of("closed"), closed, "the device is released once");
            assertEquals(List.of(), waits, "no retry after close");
        }
    }

    @Test
    void aClosedCameraGivesNoMoreFrames() throws Exception {
        SupervisedCamera camera = new SupervisedCamera("camera", this::open, RetryPolicy.defaults(), waits::add,
                Clock.systemUTC(), s -> { });
        camera.next();
        camera.close();
        assertThrows(CameraException.class, camera::next);
        assertEquals(List.of("closed"), closed);
    }
}
