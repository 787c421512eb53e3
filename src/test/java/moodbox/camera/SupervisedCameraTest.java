package moodbox.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import moodbox.emotion.GrayImage;
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
    void aClosedCameraGivesNoMoreFrames() throws Exception {
        SupervisedCamera camera = new SupervisedCamera("camera", this::open, RetryPolicy.defaults(), waits::add,
                Clock.systemUTC(), s -> { });
        camera.next();
        camera.close();
        assertThrows(CameraException.class, camera::next);
        assertEquals(List.of("closed"), closed);
    }
}
