package moodbox.household;

import moodbox.config.HouseholdSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.image.GrayImage;
import moodbox.state.AppEvent;
import moodbox.state.AppStateHolder;
import moodbox.state.MoodReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk hears decided looks from the state, saves corrections in the real store and forgets them all. */
class CorrectionsDeskTest {
    private static final Path SHIPPED = Path.of("model/emotion-lite");

    @TempDir
    Path dir;

    private final List<Path> swaps = new CopyOnWriteArrayList<>();
    private final AppStateHolder holder = new AppStateHolder();

    private void decide(Emotion emotion, int seconds, List<GrayImage> faces) {
        float[] p = new float[Emotion.COUNT];
        p[emotion.index()] = 1;
        holder.publish(new AppEvent.MoodDecided(new MoodReading(emotion, 1, new EmotionScores(p),
                Instant.parse("2026-12-01T20:00:00Z").plusSeconds(seconds), faces)));
    }

    @Test
    void keepsTheLastLooksWithFacesSavesACorrectionAndForgetsThemAll() throws Exception {
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"), 50, new CorrectionStoreTest.MovingClock());
        try (BackgroundAdapter adapter = new BackgroundAdapter(store, SHIPPED, dir.resolve("personal"), new HouseholdSettings(HouseholdSettings.MAX_ADAPT_AFTER),
                swaps::add, "unused.Main")) {
            CorrectionsDesk desk = new CorrectionsDesk(store, adapter);
            holder.addListener(desk);
            for (int i = 0; i < CorrectionsDesk.RECENT_LOOKS + 2; i++) {
                decide(Emotion.HAPPY, i, List.of(CorrectionStoreTest.face(i), CorrectionStoreTest.face(100 + i)));
            }
            decide(Emotion.ANGRY, 99, List.of()); // a look without crops cannot be corrected
            List<DecidedLook> recent = desk.recentLooks();
            assertEquals(CorrectionsDesk.RECENT_LOOKS, recent.size());
            assertArrayEquals(CorrectionStoreTest.face(CorrectionsDesk.RECENT_LOOKS + 1).pixels(), recent.get(0).faces().get(0).pixels(), "newest first");
            DecidedLook second = recent.get(1);

            desk.correct(second.id(), Emotion.SAD);

            List<Correction> saved = store.all();
            assertEquals(1, saved.size());
            assertEquals(Emotion.SAD, saved.get(0).corrected());
            assertEquals(Emotion.HAPPY, saved.get(0).shown());
            assertEquals(2, saved.get(0).faces().size());
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(second.faces().get(i).pixels(), saved.get(0).faces().get(i).pixels(), "the look's own crops are stored");
            }
            assertEquals(1, adapter.newCorrections(), "the adapter was told");
            assertEquals(Emotion.SAD, desk.recentLooks().get(1).corrected().orElseThrow());
            assertEquals(1, desk.personalModel().storedLooks());
            assertEquals(HouseholdSettings.MAX_ADAPT_AFTER, desk.personalModel().adaptAfter());

            NoSuchElementException gone = assertThrows(NoSuchElementException.class, () -> desk.correct("look-1-1", Emotion.SAD));
            assertTrue(gone.getMessage().contains("reload the page"), gone.getMessage());

            assertEquals(1, desk.forgetAll());
            assertEquals(0, store.size());
            assertEquals(List.of(SHIPPED), swaps, "forgetting goes back to the shipped model");
            assertEquals(0, adapter.newCorrections());
            assertFalse(desk.personalModel().personalActive());
            assertTrue(desk.recentLooks().get(1).corrected().isEmpty());
        }
    }
}
