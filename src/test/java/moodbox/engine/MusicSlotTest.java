package moodbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import moodbox.emotion.Emotion;
import moodbox.engine.EngineFakes.RecordingDeck;
import org.junit.jupiter.api.Test;

class MusicSlotTest {
    private static final long PATIENCE_S = 30;

    @Test
    void aNewMusicSideTakesOverAfterTheOldClosedAndPlaysForTheMoodFollowed() throws Exception {
        RecordingDeck first = new RecordingDeck();
        RecordingDeck second = new RecordingDeck();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        MusicSlot slot = new MusicSlot(first);
        slot.play(Emotion.SAD);
        slot.restart(() -> {
            order.add("opening second; first " + first.calls);
            return second;
        }).get(PATIENCE_S, TimeUnit.SECONDS);
        slot.next();
        slot.close();
        assertEquals(List.of("opening second; first [play sad, close]"), order, "the old side closes before the new one opens");
        assertEquals(List.of("play sad", "next", "close"), second.calls);
    }

    @Test
    void beforeAnyMoodTheNewSideStaysQuiet() throws Exception {
        RecordingDeck second = new RecordingDeck();
        MusicSlot slot = new MusicSlot(new RecordingDeck());
        slot.restart(() -> second).get(PATIENCE_S, TimeUnit.SECONDS);
        assertEquals(List.of(), second.calls);
    }

    @Test
    void restartsRunOneAtATimeAndTheNewestSettingsWin() throws Exception {
        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordingDeck slow = new RecordingDeck();
        RecordingDeck skipped = new RecordingDeck();
        RecordingDeck newest = new RecordingDeck();
        List<String> opened = Collections.synchronizedList(new ArrayList<>());
        MusicSlot slot = new MusicSlot(new RecordingDeck());
        CompletableFuture<Void> a = slot.restart(() -> {
            opened.add("slow");
            opening.countDown();
            await(release);
            return slow;
        });
        assertTrue(opening.await(PATIENCE_S, TimeUnit.SECONDS));
        assertThrows(UnsupportedOperationException.class, slot::rescan, "while restarting, Rescan says why it cannot");
        CompletableFuture<Void> b = slot.restart(() -> {
            opened.add("skipped");
            return skipped;
        });
        CompletableFuture<Void> c = slot.restart(() -> {
            opened.add("newest");
            return newest;
        });
        release.countDown();
        CompletableFuture.allOf(a, b, c).get(PATIENCE_S, TimeUnit.SECONDS);
        assertEquals(List.of("slow", "newest"), opened, "the waiting older request is dropped");
        assertEquals(List.of("close"), slow.calls);
        assertTrue(slot.current() == newest);
        slot.close();
    }

    @Test
    void closingDuringARestartWaitsForItAndClosesTheSideItOpened() throws Exception {
        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordingDeck late = new RecordingDeck();
        MusicSlot slot = new MusicSlot(new RecordingDeck());
        slot.restart(() -> {
            opening.countDown();
            await(release);
            return late;
        });
        assertTrue(opening.await(PATIENCE_S, TimeUnit.SECONDS));
        Thread closer = new Thread(() -> {
            try {
                slot.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        closer.start();
        release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(PATIENCE_S));
        assertEquals(List.of("close"), late.calls, "a side that finished opening after close began is closed, not left running");
        slot.restart(() -> {
            throw new AssertionError("nothing opens after close");
        }).get(PATIENCE_S, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
