package moodbox.household;

import moodbox.config.HouseholdSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import moodbox.camera.sim.SampleFaces;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;
import moodbox.emotion.tf.SavedModelClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code adapt} in a child JVM on model/emotion-lite with a handful of demo faces. */
class BackgroundAdapterTest {
    private static final Path SHIPPED = Path.of("model/emotion-lite");
    private static final String MAIN = moodbox.app.Main.class.getName();

    @TempDir
    Path dir;

    private final List<Path> swaps = new CopyOnWriteArrayList<>();

    private static List<GrayImage> demoFacesNot(Emotion emotion) {
        List<GrayImage> faces = new ArrayList<>();
        SampleFaces.load().forEach((e, list) -> {
            if (e != emotion) {
                faces.addAll(list);
            }
        });
        return faces;
    }

    @Test
    void enoughCorrectionsStartAnAdaptationWhoseBetterModelIsSwappedInAndBackToShippedUndoesIt() throws Exception {
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"), 50, new CorrectionStoreTest.MovingClock());
        Path work = dir.resolve("personal");
        List<String> fast = List.of("--epochs", "15", "--lr", "0.003", "--teacher-weight", "0");
        try (BackgroundAdapter adapter = new BackgroundAdapter(store, SHIPPED, work, new HouseholdSettings(12), swaps::add, MAIN, fast,
                java.time.Clock.systemUTC())) {
            List<GrayImage> faces = demoFacesNot(Emotion.DISGUST).subList(0, 12);
            for (int i = 0; i < 11; i++) {
                store.add(Emotion.HAPPY, Emotion.DISGUST, List.of(faces.get(i)));
                assertTrue(adapter.correctionSaved().isEmpty(), "no adaptation after " + (i + 1) + " of 12 corrections");
            }
            store.add(Emotion.HAPPY, Emotion.DISGUST, List.of(faces.get(11)));
            AdaptationOutcome outcome = adapter.correctionSaved().orElseThrow().get(10, TimeUnit.MINUTES);

            assertTrue(outcome.accepted(), outcome.reason());
            assertEquals(9, outcome.learnedFaces());
            assertEquals(3, outcome.heldOutFaces());
            assertTrue(outcome.newCorrect() > outcome.currentCorrect(), outcome.toString());
            assertEquals(1, swaps.size());
            Path personal = swaps.get(0);
            assertEquals(personal, adapter.activeModel());
            assertTrue(Files.isRegularFile(personal.resolve("metrics.json")));
            try (SavedModelClassifier model = SavedModelClassifier.load(personal, 1)) {
                assertEquals(Emotion.DISGUST, model.classifyAll(List.of(faces.get(11))).get(0).top(), "the held-out newest look");
            }
            assertEquals(0, adapter.newCorrections());
        }
        try (BackgroundAdapter reopened = new BackgroundAdapter(store, SHIPPED, work, new HouseholdSettings(12), swaps::add, MAIN)) {
            assertTrue(reopened.personalModelActive(), "the personal model survives a restart");
            assertTrue(reopened.lastOutcome().orElseThrow().accepted());
            reopened.backToShipped();
            assertEquals(SHIPPED, swaps.get(1));
            assertEquals(SHIPPED, reopened.activeModel());
            assertFalse(Files.exists(swaps.get(0)), "the personal model is deleted");
        }
    }

    @Test
    void aNewModelThatDoesNotBeatTheCurrentOneOnTheHeldOutLooksIsDiscardedWithTheReason() throws Exception {
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"), 50, new CorrectionStoreTest.MovingClock());
        List<GrayImage> faces = demoFacesNot(Emotion.DISGUST).subList(0, 8);
        try (SavedModelClassifier shipped = SavedModelClassifier.load(SHIPPED, 1)) {
            for (GrayImage face : faces) {
                Emotion said = shipped.classifyAll(List.of(face)).get(0).top();
                store.add(said, said, List.of(face)); // "corrected" to what the shipped model already says
            }
        }
        Path work = dir.resolve("personal");
        try (BackgroundAdapter adapter = new BackgroundAdapter(store, SHIPPED, work, HouseholdSettings.DEFAULTS, swaps::add, MAIN,
                List.of("--epochs", "1"), java.time.Clock.systemUTC())) {
            AdaptationOutcome outcome = adapter.adaptNow().get(10, TimeUnit.MINUTES);
            assertFalse(outcome.accepted(), outcome.reason());
            assertEquals(2, outcome.heldOutFaces());
            assertEquals(2, outcome.currentCorrect(), "the shipped model is right on every held-out look");
            assertTrue(outcome.reason().startsWith("discarded") && outcome.reason().contains("must do better"), outcome.reason());
            assertEquals(List.of(), swaps);
            assertEquals(SHIPPED, adapter.activeModel());
            try (var left = Files.list(work)) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("personal-")), "the discarded model is deleted");
            }
        }
        try (BackgroundAdapter reopened = new BackgroundAdapter(store, SHIPPED, work, HouseholdSettings.DEFAULTS, swaps::add, MAIN)) {
            assertTrue(reopened.lastOutcome().orElseThrow().reason().startsWith("discarded"), "the reason is kept");
        }
    }

    @Test
    void oneLookIsNotEnoughToLearnAndCheck() throws Exception {
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"), 50, new CorrectionStoreTest.MovingClock());
        store.add(Emotion.HAPPY, Emotion.SAD, List.of(CorrectionStoreTest.face(1)));
        try (BackgroundAdapter adapter = new BackgroundAdapter(store, SHIPPED, dir.resolve("personal"), HouseholdSettings.DEFAULTS, swaps::add, MAIN)) {
            AdaptationOutcome outcome = adapter.adaptNow().get(1, TimeUnit.MINUTES);
            assertFalse(outcome.accepted());
            assertTrue(outcome.reason().contains("at least 2 corrected looks"), outcome.reason());
        }
    }

    @Test
    void everyFourthLookFromTheNewestIsHeldOut() {
        List<Boolean> of9 = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            of9.add(BackgroundAdapter.heldOut(i, 9));
        }
        assertEquals(List.of(true, false, false, false, true, false, false, false, true), of9);
        assertEquals(List.of(false, true), List.of(BackgroundAdapter.heldOut(0, 2), BackgroundAdapter.heldOut(1, 2)));
    }
}
