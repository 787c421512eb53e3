package moodbox.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import moodbox.config.HouseholdSettings;
import moodbox.emotion.AlwaysSays;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.emotion.SwappableClassifier;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.image.GrayImage;
import moodbox.state.AppStateHolder;
import moodbox.state.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The household wiring's live swap with the real shipped model, and the model a restart starts with. */
class HouseholdPartsTest {
    private static final Path SHIPPED = Path.of("model/emotion-lite");

    @TempDir
    Path dir;

    @Test
    void backToTheShippedModelSwapsTheRunningModelLiveAndClosesTheOldOne() throws Exception {
        AppStateHolder holder = new AppStateHolder();
        byte[] px = new byte[48 * 48];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (i * 7);
        }
        GrayImage face = new GrayImage(48, 48, px);
        try (HouseholdParts parts = new HouseholdParts(dir, SHIPPED, HouseholdSettings.DEFAULTS, holder);
             SavedModelClassifier reference = SavedModelClassifier.load(SHIPPED, 1)) {
            assertEquals(SHIPPED, parts.activeModel(), "no personal model yet");
            AlwaysSays personal = new AlwaysSays(Emotion.SAD);
            SwappableClassifier live = new SwappableClassifier(personal, "personal-1");
            parts.modelLoaded(live);
            parts.desk().backToShipped();
            assertTrue(personal.closed(), "the replaced model is closed");
            assertEquals("emotion-lite", live.name());
            float[] expected = new float[Emotion.COUNT];
            float[] got = new float[Emotion.COUNT];
            for (Emotion e : Emotion.values()) {
                expected[e.index()] = (float) reference.classify(face).probability(e);
                got[e.index()] = (float) live.classify(face).probability(e);
            }
            assertArrayEquals(expected, got, 1e-5f, "the next face is read by the shipped model");
            assertEquals("emotion-lite", holder.current().status(Part.MODEL).detail());
            live.close();
        }
    }

    @Test
    void aPersonalModelTakenBeforeARestartIsTheModelTheBoxStartsWith() throws Exception {
        Path personal = Files.createDirectories(dir.resolve("personal/personal-123"));
        Files.writeString(dir.resolve("personal/personal.json"), "{\"personalModel\": \"personal-123\", \"newCorrections\": 2}");
        try (HouseholdParts parts = new HouseholdParts(dir, SHIPPED, HouseholdSettings.DEFAULTS, new AppStateHolder())) {
            assertEquals(personal, parts.activeModel());
            assertTrue(parts.desk().personalModel().personalActive());
            assertEquals(2, parts.desk().personalModel().newCorrections());
        }
    }

    @Test
    void theScreensPickCorrectsTheNewestLookThroughTheDesk() throws Exception {
        AppStateHolder holder = new AppStateHolder();
        try (HouseholdParts parts = new HouseholdParts(dir, SHIPPED, HouseholdSettings.DEFAULTS, holder)) {
            float[] p = new float[Emotion.COUNT];
            p[Emotion.HAPPY.index()] = 1;
            holder.publish(new moodbox.state.AppEvent.MoodDecided(new moodbox.state.MoodReading(Emotion.HAPPY, 1, new EmotionScores(p),
                    java.time.Instant.now(), List.of(new GrayImage(48, 48, new byte[48 * 48])))));
            parts.correctNewest(Emotion.FEAR);
            moodbox.household.CorrectionStore store = moodbox.household.CorrectionStore.in(dir);
            for (int i = 0; i < 600 && store.size() == 0; i++) { // saved on its own thread
                Thread.sleep(50);
            }
            assertEquals(Emotion.FEAR, store.all().get(0).corrected());
            assertEquals(Emotion.HAPPY, store.all().get(0).shown());
        }
    }
}
