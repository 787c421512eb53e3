package moodbox.emotion.tf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import moodbox.emotion.EmotionScores;
import moodbox.emotion.ShippedModels;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedModelClassifierTest {
    static List<GrayImage> faces(int n) {
        Random random = new Random(4);
        List<GrayImage> faces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int size = 40 + random.nextInt(100); // any size: preprocessing resizes
            byte[] px = new byte[size * size];
            random.nextBytes(px);
            faces.add(new GrayImage(size, size, px));
        }
        return faces;
    }

    @Test
    void batchSingleAndConcurrentCallsAgreeAndClosedModelsRefuse() throws Exception {
        List<GrayImage> faces = faces(12);
        SavedModelClassifier model = SavedModelClassifier.load(ShippedModels.locate(ShippedModels.LITE));
        List<EmotionScores> batch = model.classifyAll(faces);
        assertEquals(12, batch.size());
        for (EmotionScores s : batch) {
            float sum = 0;
            for (float p : s.toArray()) {
                sum += p;
            }
            assertEquals(1f, sum, 1e-4f);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<EmotionScores>> results = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (GrayImage face : faces) {
                    results.add(pool.submit(() -> model.classify(face)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                float[] expected = batch.get(i % faces.size()).toArray();
                float[] actual = results.get(i).get().toArray();
                for (int c = 0; c < 7; c++) {
                    assertEquals(expected[c], actual[c], 1e-5f);
                }
            }
        } finally {
            pool.shutdown();
        }
        model.close();
        model.close(); // closing twice is harmless
        assertThrows(IllegalStateException.class, () -> model.classify(faces.get(0)));
    }

    /** A copy of the shipped model's graph without its weights: it used to load "ok" and fail on every frame. */
    @Test
    void aModelFolderWithoutItsVariablesFailsAtLoadSayingWhatIsMissingAndWhatToDo(@TempDir Path dir) throws Exception {
        Path broken = Files.createDirectories(dir.resolve("emotion-lite"));
        Files.copy(ShippedModels.locate(ShippedModels.LITE).resolve("saved_model.pb"), broken.resolve("saved_model.pb"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SavedModelClassifier.load(broken));
        assertTrue(e.getMessage().contains(broken.toString()), "names the folder: " + e.getMessage());
        assertTrue(e.getMessage().contains("variables/"), "says what is missing: " + e.getMessage());
        assertTrue(e.getMessage().contains("copy the whole model folder"), "says what to do: " + e.getMessage());
    }

    @Test
    void aModelWhoseWeightsAreDamagedFailsAtLoad(@TempDir Path dir) throws Exception {
        Path shipped = ShippedModels.locate(ShippedModels.LITE);
        Path broken = Files.createDirectories(dir.resolve("emotion-lite/variables"));
        Files.copy(shipped.resolve("saved_model.pb"), broken.resolveSibling("saved_model.pb"));
        try (var files = Files.list(shipped.resolve("variables"))) {
            for (Path file : files.toList()) {
                Files.write(broken.resolve(file.getFileName()), new byte[(int) Math.min(Files.size(file), 64)]);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SavedModelClassifier.load(broken.getParent()));
        assertTrue(e.getMessage().contains(broken.getParent().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("copy the whole model folder"), e.getMessage());
    }

    @Test
    void aFolderWithoutAModelIsAClearError(@TempDir Path empty) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SavedModelClassifier.load(empty));
        assertTrue(e.getMessage().contains("no emotion model in " + empty), e.getMessage());
    }
}
