package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionMemoryTest {
    private static final Path LITE = Path.of("model/emotion-lite");

    @TempDir
    Path dir;

    @Test
    void anAdaptedModelReadsItsCorrectedFacesAsCorrectedAndFacesUnlikeThemAsTheNetworkAlone() throws Exception {
        FaceDataset demo = Adapter.demoFaces();
        // Ten demo faces seen through a soft, noisy camera, each corrected to the emotion after its own: answers
        // the shipped model does not give.
        List<GrayImage> corrected = new ArrayList<>();
        List<byte[]> images = new ArrayList<>();
        int[] labels = new int[10];
        java.util.SplittableRandom noise = new java.util.SplittableRandom(3);
        for (int i = 0; i < 10; i++) {
            corrected.add(CameraOptics.see(demo.image(i), 1, 1, 1.3, 9, noise));
            images.add(corrected.get(i).pixels());
            labels[i] = (demo.label(i) + 1) % Emotion.COUNT;
        }
        FaceDataset corrections = new FaceDataset(images, labels, 0);
        // One pass at a tiny learning rate, all distillation: the network itself stays as it was.
        AdaptOptions options = new AdaptOptions(1, 1, 1e-6f, 1f, AdaptOptions.TrainedLayers.ALL, 1, 0, true);
        Path adapted = new Adapter(options, new PrintStream(new ByteArrayOutputStream())).adapt(LITE, corrections, dir.resolve("adapted")).model();
        Path alone = dir.resolve("alone");
        ModelExporter.export(Architecture.named("lite"), SavedModelValues.read(adapted, Architecture.named("lite")), alone);

        assertEquals(10, agreeing(adapted, corrected, labels), "every corrected face is read as it was corrected");
        assertTrue(agreeing(alone, corrected, labels) <= 2, "the network alone does not give those answers: "
                + agreeing(alone, corrected, labels) + " of 10");

        // Other people's faces, through a clear camera: the demo faces not corrected.
        List<GrayImage> strangers = faces(demo, 10, demo.size());
        List<EmotionScores> withMemory = read(adapted, strangers);
        List<EmotionScores> without = read(alone, strangers);
        for (int i = 0; i < strangers.size(); i++) {
            for (Emotion e : Emotion.values()) {
                assertEquals(without.get(i).probability(e), withMemory.get(i).probability(e), 0.01, "stranger " + i + ", " + e);
            }
        }
        var metrics = new ObjectMapper().readTree(adapted.resolve("metrics.json").toFile());
        assertEquals(10, metrics.get("rememberedFaces").asInt());
        assertTrue(metrics.get("memoryLikeness").asDouble() > 0 && metrics.get("memoryLikeness").asDouble() < 1, metrics.toString());
    }

    @Test
    void aMemoryNeedsTwoEmotionsLeftWhenACorrectedFaceIsHeldOut() {
        Architecture lite = Architecture.named("lite");
        FaceDataset demo = Adapter.demoFaces();
        List<byte[]> three = List.of(demo.image(0).pixels(), demo.image(1).pixels(), demo.image(2).pixels());
        try (TrainingGraph network = new TrainingGraph(lite, 1, 1, SavedModelValues.read(LITE, lite))) {
            assertTrue(CorrectionMemory.of(network, new FaceDataset(three, new int[] {3, 3, 3}, 0)).isEmpty(), "one emotion");
            assertTrue(CorrectionMemory.of(network, new FaceDataset(three.subList(0, 2), new int[] {3, 4}, 0)).isEmpty(),
                    "each held out leaves one emotion: no measure of how sure the memory looks when it cannot know");
            var memory = CorrectionMemory.of(network, new FaceDataset(three, new int[] {3, 3, 4}, 0));
            assertTrue(memory.isPresent() && memory.get().margin() > 0 && memory.get().margin() < 2, "a Happy held out leaves Happy and Sad: "
                    + memory.map(CorrectionMemory::margin));
        }
    }

    @Test
    void quantilesAreInterpolatedBetweenTheSortedValues() {
        double[] values = {4, 1, 3, 2, Double.NEGATIVE_INFINITY, Double.NaN};
        assertEquals(2.5, CorrectionMemory.quantile(values, 0.5), 1e-9, "infinite values and NaN are left out");
        assertEquals(3.7, CorrectionMemory.quantile(values, 0.9), 1e-9);
        assertEquals(1, CorrectionMemory.quantile(values, 0), 1e-9);
    }

    private static List<GrayImage> faces(FaceDataset faces, int from, int to) {
        List<GrayImage> list = new ArrayList<>();
        for (int i = from; i < to; i++) {
            list.add(faces.image(i));
        }
        return list;
    }

    private static int agreeing(Path model, List<GrayImage> faces, int[] labels) {
        List<EmotionScores> scores = read(model, faces);
        int agree = 0;
        for (int i = 0; i < faces.size(); i++) {
            agree += scores.get(i).top().index() == labels[i] ? 1 : 0;
        }
        return agree;
    }

    private static List<EmotionScores> read(Path model, List<GrayImage> faces) {
        try (SavedModelClassifier classifier = SavedModelClassifier.load(model, 1)) {
            return classifier.classifyAll(faces);
        }
    }
}
