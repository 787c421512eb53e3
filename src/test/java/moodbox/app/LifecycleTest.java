package moodbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Lifecycle lifecycle = new Lifecycle(nanos::get, 0);
    private final List<String> closed = new ArrayList<>();

    private AutoCloseable part(String name, long startMillis) {
        nanos.addAndGet(startMillis * 1_000_000L);
        return () -> closed.add(name);
    }

    @Test
    void startsInOrderTimesEachStepAndClosesInReverseOnce() throws Exception {
        lifecycle.start("camera", () -> part("camera", 120));
        lifecycle.start("model", () -> part("model", 900));
        lifecycle.start("screen", () -> part("screen", 40));
        assertEquals(List.of(new Lifecycle.Step("camera", 120, 1120), new Lifecycle.Step("model", 900, 2020),
                new Lifecycle.Step("screen", 40, 2060)), lifecycle.steps());
        lifecycle.close();
        lifecycle.close();
        assertEquals(List.of("screen", "model", "camera"), closed);
        assertThrows(IllegalStateException.class, () -> lifecycle.start("late", () -> part("late", 1)));
    }

    @Test
    void aPartThatFailsToStartIsNotClosedAndTheErrorReachesTheCaller() throws Exception {
        lifecycle.start("leds", () -> part("leds", 5));
        IOException e = assertThrows(IOException.class, () -> lifecycle.start("camera", () -> {
            throw new IOException("no camera on /dev/video0");
        }));
        assertEquals("no camera on /dev/video0", e.getMessage());
        lifecycle.close();
        assertEquals(List.of("leds"), closed);
    }

    @Test
    void aPartThatFailsToCloseDoesNotStopTheOthers() throws Exception {
        lifecycle.start("player", () -> part("player", 1));
        lifecycle.start("web", () -> () -> {
            throw new IOException("port stuck");
        });
        lifecycle.start("screen", () -> part("screen", 1));
        lifecycle.close();
        assertEquals(List.of("screen", "player"), closed);
    }

    @Test
    void aPartStillOpeningInTheBackgroundIsInterruptedWaitedForAndClosedWhenNobodyTookIt() throws Exception {
        CountDownLatch opening = new CountDownLatch(1);
        lifecycle.inBackground("slow", () -> {
            opening.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                // asked to stop: finish opening, and the lifecycle closes what was opened
            }
            return () -> closed.add("slow");
        });
        Opening<AutoCloseable> taken = lifecycle.inBackground("taken", () -> () -> closed.add("taken"));
        taken.take();
        assertTrue(opening.await(30, TimeUnit.SECONDS));
        lifecycle.close();
        assertEquals(List.of("slow"), closed, "the part still opening is closed; the taken one belongs to its taker");
        assertThrows(IllegalStateException.class, () -> lifecycle.inBackground("late", () -> null));
    }
}
