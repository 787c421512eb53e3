package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import moodbox.emotion.Emotion;
import moodbox.emotion.ShippedModels;
import moodbox.emotion.tf.SavedModelClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --init}: a run starts from a shipped model (the real emotion-lite, on 63 real PublicTest faces),
 * not from chance.
 */
class StartingFromAModelTest {
    @TempDir
    Path dir;

    private final Architecture lite = Architecture.named("lite");

    private Path sample() throws Exception {
        return Path.of(getClass().getResource("/face-sample/publictest-63-faces.csv.gz").toURI());
    }

    @Test
    void recentringKeepsTheInferenceFunctionAndMakesTheTrainingPathComputeIt() throws Exception {
        FaceDataset faces = Datasets.load(sample(), "PublicTest", false);
        BatchSource.Batch all = new BatchSource(faces, faces.size(), null, 0).batch(0);
        Map<String, float[]> folded = SavedModelValues.read(ShippedModels.locate(ShippedModels.LITE), lite);
        Map<String, float[][]> statistics;
        float[] shipped;
        float foldedTrainingLoss;
        try (TrainingGraph graph = new TrainingGraph(lite, 1, 1, folded)) {
            shipped = graph.predict(all.inputs(), all.size());
            statistics = graph.batchNormInputStatistics(faces, 16);
            foldedTrainingLoss = graph.train(all, ClassWeights.none(), 1e-9f, 1).loss();
        }
        Map<String, float[]> recentred = BatchNormFolding.recentre(folded, statistics);
        assertEquals(folded.keySet(), recentred.keySet());
        assertArrayEquals(statistics.get("c1_bn")[1], recentred.get("c1_bn_var"));
        try (TrainingGraph graph = new TrainingGraph(lite, 1, 1, recentred)) {
            assertArrayEquals(shipped, graph.predict(all.inputs(), all.size()), 2e-4f);
            Map<String, float[][]> again = graph.batchNormInputStatistics(faces, 63);
            assertArrayEquals(statistics.get("b4b_bn")[0], again.get("b4b_bn")[0], 1e-3f, "what the batch norms see moved");
            double inferenceLoss = crossEntropy(shipped, all.labels());
            float trainingLoss = graph.train(all, ClassWeights.none(), 1e-9f, 1).loss();
            // Batch statistics of the same 63 faces and dropout before the head: close, not equal.
            assertEquals(inferenceLoss, trainingLoss, 0.25, "the training path of the re-centred model");
            assertTrue(Math.abs(foldedTrainingLoss - inferenceLoss) > 1.0,
                    "with the folded batch norms left as they are, training would start from another network: "
                            + foldedTrainingLoss + " against " + inferenceLoss);
        }
    }

    @Test
    void theFirstEpochStartsFromTheGivenModelsAccuracyNotFromChance() throws Exception {
        Path faces = sample();
        Path model = ShippedModels.locate(ShippedModels.LITE);
        double shipped;
        try (SavedModelClassifier classifier = SavedModelClassifier.load(model, 1)) {
            shipped = Evaluator.evaluate(classifier, Datasets.load(faces, "PublicTest", false), false).accuracy();
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        new Trainer(options(faces, "from-model", model), "train --init (test)", new PrintStream(console, true, StandardCharsets.UTF_8)).run();
        new Trainer(options(faces, "from-scratch", null), "train (test)", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();

        String printed = console.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(String.format("starting from %s: validation accuracy %.4f", model, shipped)), printed);
        assertTrue(printed.contains("class weights: inverse-sqrt (Angry 1.00, Disgust 1.00,"), printed); // 9 faces of each
        double fromModel = firstEpochAccuracy("from-model");
        double fromScratch = firstEpochAccuracy("from-scratch");
        assertEquals(shipped, fromModel, 2.0 / 63, "one epoch at a tiny rate from the shipped model");
        assertTrue(shipped >= 0.35 && fromScratch < shipped - 0.15, "from scratch " + fromScratch + ", shipped " + shipped);
        assertEquals(List.of("train --init (test)"), Files.readAllLines(dir.resolve("from-model/commands.txt")));

        IllegalArgumentException noModel = assertThrows(IllegalArgumentException.class, () -> new Trainer(
                options(faces, "from-nothing", dir.resolve("from-scratch")), "train (test)", System.err).run());
        assertTrue(noModel.getMessage().contains("is not a model folder (no saved_model.pb): give a shipped model such as model/emotion-lite"),
                noModel.getMessage());
    }

    private TrainingOptions options(Path faces, String out, Path init) {
        return new TrainingOptions(faces, faces, "PublicTest", "PublicTest", "lite", dir.resolve(out), 1, 64, 1e-6f,
                LearningRateSchedule.CONSTANT, 5, false, 1, 12, 4, 0, false, null, 0.5f, 0.5, 0, init, "inverse-sqrt", 0, Optimizer.ADAM, 0f);
    }

    private double firstEpochAccuracy(String out) throws Exception {
        List<EpochRecord> log = new TrainingLog(dir.resolve(out).resolve("log.csv")).read();
        assertEquals(1, log.size());
        return log.get(0).valAccuracy();
    }

    private static double crossEntropy(float[] probabilities, int[] labels) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            sum -= Math.log(Math.max(1e-7, probabilities[i * Emotion.COUNT + labels[i]]));
        }
        return sum / labels.length;
    }
}
