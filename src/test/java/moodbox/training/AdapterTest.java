package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.image.GrayImage;
import moodbox.emotion.tf.SavedModelClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdapterTest {
    private static final Path LITE = Path.of("model/emotion-lite");
    private static final Path CNN = Path.of("model/emotion-cnn");

    @TempDir
    Path dir;

    @Test
    void theArchitectureComesFromMetricsJsonOrElseFromTheVariables() throws Exception {
        assertEquals("lite", ModelArchitecture.of(LITE).name());
        assertEquals("cnn", ModelArchitecture.of(CNN).name());
        for (Path model : List.of(LITE, CNN)) {
            Path copy = dir.resolve(model.getFileName());
            copyModelWithoutMetrics(model, copy);
            assertEquals(ModelArchitecture.of(model).name(), ModelArchitecture.of(copy).name(), "told by the variables of " + model);
        }
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> ModelArchitecture.of(dir));
        assertTrue(none.getMessage().contains("no emotion model in"), none.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"lite, c1_w, b4a_bn, head_w", "cnn, s1a_w, s4a_bn, out_w"})
    void aFineTuningGraphStartsAsExactlyTheShippedModelAndKeepsItsBatchNormsAndUntrainedLayers(String name, String untrained,
                                                                                               String batchNorm, String trained) {
        Architecture architecture = Architecture.named(name);
        Path model = Path.of("model/emotion-" + name);
        FaceDataset faces = Adapter.demoFaces();
        BatchSource.Batch batch = new BatchSource(faces, faces.size(), null, 0).batch(0);
        float[] shipped;
        try (SavedModelClassifier classifier = SavedModelClassifier.load(model, 1)) {
            shipped = classifier.probabilities(batch.inputs(), batch.size());
        }
        Map<String, float[]> start = SavedModelValues.read(model, architecture);
        TrainingScope last = TrainingScope.fineTuning(AdaptOptions.TrainedLayers.LAST.prefixes(architecture));
        try (TrainingGraph graph = new TrainingGraph(architecture, 1, 1, start, last)) {
            assertArrayEquals(shipped, graph.predict(batch.inputs(), batch.size()), 1e-4f);
            assertTrue(graph.trainedParameterCount() > 0 && graph.trainedParameterCount() < graph.parameterCount(), graph.trainedParameterCount() + " trained");
            for (int step = 1; step <= 3; step++) {
                graph.train(batch, ClassWeights.none(), 0.003f, step);
            }
            Map<String, float[]> after = graph.values();
            assertArrayEquals(start.get(untrained), after.get(untrained), "an untrained layer");
            assertArrayEquals(start.get(batchNorm + "_mean"), after.get(batchNorm + "_mean"), "frozen batch-norm statistics");
            assertArrayEquals(start.get(batchNorm + "_var"), after.get(batchNorm + "_var"), "frozen batch-norm statistics");
            assertFalse(Arrays.equals(start.get(trained), after.get(trained)), "the last layer was trained");
        }
    }

    @Test
    void adaptTeachesTheCorrectedMoodAndWritesAModelWithItsMetricsAndCard() throws Exception {
        FaceDataset demo = Adapter.demoFaces();
        // Eight faces that are not disgusted, all corrected to Disgust: the shipped model rarely says Disgust.
        List<byte[]> images = new ArrayList<>();
        for (int i = 0; i < demo.size() && images.size() < 8; i++) {
            if (demo.label(i) != Emotion.DISGUST.index()) {
                images.add(demo.image(i).pixels());
            }
        }
        int[] labels = new int[images.size()];
        Arrays.fill(labels, Emotion.DISGUST.index());
        FaceDataset corrections = new FaceDataset(images, labels, 0);
        byte[] shippedBytes = Files.readAllBytes(LITE.resolve("variables/variables.data-00000-of-00001"));
        Path out = dir.resolve("adapted");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        AdaptOptions options = new AdaptOptions(30, 3, 3e-3f, 0.2f, AdaptOptions.TrainedLayers.ALL, 1, 0.5, true);
        Adapter.Result result = new Adapter(options, new PrintStream(console, true, StandardCharsets.UTF_8)).adapt(LITE, corrections, out);

        assertEquals(30, result.steps(), "one step per pass over 8 faces");
        double before = meanDisgust(LITE, corrections);
        double after = meanDisgust(out, corrections);
        assertTrue(after > before + 0.2, "P(Disgust) on the corrected faces: " + before + " -> " + after);
        assertArrayEquals(shippedBytes, Files.readAllBytes(LITE.resolve("variables/variables.data-00000-of-00001")), "the shipped model is untouched");
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals("lite", metrics.get("architecture").asText());
        assertEquals(8, metrics.get("faces").asInt());
        assertEquals(8, metrics.get("facesPerEmotion").get("Disgust").asInt());
        assertEquals("lite", ModelArchitecture.of(out).name(), "an adapted model can be adapted again");
        String card = Files.readString(out.resolve("MODEL_CARD.md"));
        assertTrue(card.contains("8 corrected faces") && card.contains("batch norms frozen"), card);
        assertEquals(0, metrics.get("rememberedFaces").asInt(), "one emotion only: no measure of how alike different moods look, so no memory");
        assertTrue(card.contains("fewer than two emotions"), card);
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("adapted in"), console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void adaptNeverWritesOverTheModelItAdaptsNorOverOtherFiles() throws Exception {
        Path copy = dir.resolve("emotion-lite");
        copyModelWithoutMetrics(LITE, copy);
        Files.copy(LITE.resolve("metrics.json"), copy.resolve("metrics.json"));
        Adapter adapter = new Adapter(new AdaptOptions(1, 1, 1e-4f, 0.7f, AdaptOptions.TrainedLayers.LAST, 1, 0.5, true), new PrintStream(new ByteArrayOutputStream()));
        FaceDataset faces = Adapter.demoFaces().head(4);
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () -> adapter.adapt(copy, faces, copy));
        assertTrue(same.getMessage().contains("is the model being adapted"), same.getMessage());
        Path other = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(other.resolve("holiday.txt"), "keep me");
        IllegalArgumentException full = assertThrows(IllegalArgumentException.class, () -> adapter.adapt(copy, faces, other));
        assertTrue(full.getMessage().contains("not an adapted model"), full.getMessage());
        assertEquals("keep me", Files.readString(other.resolve("holiday.txt")));
        assertTrue(Files.isRegularFile(copy.resolve("saved_model.pb")));
    }

    @Test
    void anchorsSeenThroughACameraTeachItToReadAPoorCamerasFacesAsItReadsClearOnes() throws Exception {
        FaceDataset demo = Adapter.demoFaces();
        FaceDataset corrections = demo.head(4);
        double clearAnchors = agreementThroughCamera(adapted(corrections, 0.0, "clear-anchors"), demo);
        double cameraAnchors = agreementThroughCamera(adapted(corrections, 1.0, "camera-anchors"), demo);
        double shipped = agreementThroughCamera(LITE, demo);
        assertTrue(cameraAnchors > clearAnchors + 0.1 && cameraAnchors > shipped + 0.1,
                "P(the shipped model's clear-face answer) for faces through a soft, noisy camera: shipped " + shipped
                        + ", adapted with clear anchors " + clearAnchors + ", with anchors through a camera " + cameraAnchors);
    }

    private Path adapted(FaceDataset corrections, double anchorCamera, String name) throws Exception {
        AdaptOptions options = new AdaptOptions(60, 5, 1e-3f, 0.7f, AdaptOptions.TrainedLayers.ALL, 1, anchorCamera, true);
        return new Adapter(options, new PrintStream(new ByteArrayOutputStream())).adapt(LITE, corrections, dir.resolve(name)).model();
    }

    /**
     * The mean probability {@code model} gives, for each face as a soft and noisy camera shows it (blur σ 1.3 px,
     * noise σ 9, seeded), to the emotion the shipped model reads in the clear face.
     */
    private static double agreementThroughCamera(Path model, FaceDataset faces) {
        List<GrayImage> clear = new ArrayList<>();
        List<GrayImage> seen = new ArrayList<>();
        java.util.SplittableRandom noise = new java.util.SplittableRandom(11);
        for (int i = 0; i < faces.size(); i++) {
            clear.add(faces.image(i));
            seen.add(CameraOptics.see(faces.image(i), 1, 1, 1.3, 9, noise));
        }
        List<Emotion> answers;
        try (SavedModelClassifier shipped = SavedModelClassifier.load(LITE, 1)) {
            answers = shipped.classifyAll(clear).stream().map(EmotionScores::top).toList();
        }
        try (SavedModelClassifier classifier = SavedModelClassifier.load(model, 1)) {
            List<EmotionScores> scores = classifier.classifyAll(seen);
            double sum = 0;
            for (int i = 0; i < answers.size(); i++) {
                sum += scores.get(i).probability(answers.get(i));
            }
            return sum / answers.size();
        }
    }

    private static double meanDisgust(Path model, FaceDataset faces) {
        try (SavedModelClassifier classifier = SavedModelClassifier.load(model, 1)) {
            List<GrayImage> list = new ArrayList<>();
            for (int i = 0; i < faces.size(); i++) {
                list.add(faces.image(i));
            }
            return classifier.classifyAll(list).stream().mapToDouble(s -> s.toArray()[Emotion.DISGUST.index()]).average().orElseThrow();
        }
    }

    private static void copyModelWithoutMetrics(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("metrics.json")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
