package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingGraphTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"lite", "cnn"})
    void aFewStepsLowerTheLossAndACheckpointRestoresTheWeights(String arch) {
        FaceDataset data = TinyData.squares(4, 1);
        BatchSource plain = new BatchSource(data, data.size(), null, 0);
        BatchSource.Batch all = plain.batch(0);
        try (TrainingGraph graph = new TrainingGraph(Architecture.named(arch), 7, 2)) {
            assertLossFalls(graph, all, 0.003f, arch);

            float[] before = graph.predict(all.inputs(), all.size());
            assertEquals(all.size() * 7, before.length);
            graph.save(dir.resolve("ckpt"));
            graph.train(new BatchSource(data, data.size(), new SplittableRandom(3), 1).batch(0), ClassWeights.none(), 0.01f, 16);
            graph.restore(dir.resolve("ckpt"));
            assertArrayEquals(before, graph.predict(all.inputs(), all.size()), 1e-6f);
        }
    }

    @org.junit.jupiter.api.Test
    void nesterovStepsFollowTheGradientWhereAdamStepsEveryWeightByTheLearningRate() {
        FaceDataset data = TinyData.squares(4, 1);
        BatchSource.Batch all = new BatchSource(data, data.size(), null, 0).batch(0);
        java.util.Map<String, float[]> start = freshValues("lite");
        float lr = 1e-4f;
        float[] adamStep = firstStep(start, Optimizer.ADAM, all, lr);
        float[] nesterovStep = firstStep(start, Optimizer.NESTEROV, all, lr);
        // Adam's first step is lr · g / (|g| + ε'): the same size for every weight whose gradient is well above ε'.
        assertTrue(shareOfStepsNear(adamStep, lr) > 0.9, "Adam: " + shareOfStepsNear(adamStep, lr));
        // Nesterov's first step is lr · (1 + 0.9) · g: as unequal as the gradient itself.
        assertTrue(shareOfStepsNear(nesterovStep, lr) < 0.1, "Nesterov: " + shareOfStepsNear(nesterovStep, lr));
        float smallest = Float.MAX_VALUE;
        float largest = 0;
        for (float d : nesterovStep) {
            if (d != 0) {
                smallest = Math.min(smallest, Math.abs(d));
                largest = Math.max(largest, Math.abs(d));
            }
        }
        assertTrue(largest > 10 * smallest, "Nesterov steps from " + smallest + " to " + largest);

        try (TrainingGraph graph = new TrainingGraph(Architecture.named("lite"), 7, 1, java.util.Map.of(), TrainingScope.EVERYTHING,
                Optimizer.NESTEROV)) {
            assertLossFalls(graph, all, 0.01f, "lite with Nesterov");
        }
    }

    /** Fifteen steps on one batch at {@code lr} lower its loss by at least a fifth. */
    private static void assertLossFalls(TrainingGraph graph, BatchSource.Batch batch, float lr, String what) {
        float first = graph.train(batch, ClassWeights.none(), lr, 1).loss();
        float last = first;
        for (int step = 2; step <= 15; step++) {
            last = graph.train(batch, ClassWeights.none(), lr, step).loss();
        }
        assertTrue(last < first * 0.8, what + ": loss went from " + first + " to " + last);
    }

    /** The initial values of a fresh graph of {@code arch} (seed 7). */
    private static java.util.Map<String, float[]> freshValues(String arch) {
        try (TrainingGraph fresh = new TrainingGraph(Architecture.named(arch), 7, 1)) {
            return fresh.values();
        }
    }

    /** The share of the weights that moved whose step is within 5 % of {@code size}. */
    private static double shareOfStepsNear(float[] steps, float size) {
        int moved = 0;
        int near = 0;
        for (float d : steps) {
            if (d != 0) {
                moved++;
                if (Math.abs(Math.abs(d) - size) < 0.05f * size) {
                    near++;
                }
            }
        }
        assertTrue(moved > steps.length / 2, moved + " of " + steps.length + " weights moved");
        return (double) near / moved;
    }

    /** How one step from {@code start} moves the head's weights. */
    private static float[] firstStep(java.util.Map<String, float[]> start, Optimizer optimizer, BatchSource.Batch batch, float lr) {
        try (TrainingGraph graph = new TrainingGraph(Architecture.named("lite"), 7, 1, start, TrainingScope.EVERYTHING, optimizer)) {
            graph.train(batch, ClassWeights.none(), lr, 1);
            float[] before = start.get("head_w");
            float[] after = graph.values().get("head_w");
            float[] step = new float[before.length];
            for (int i = 0; i < step.length; i++) {
                step[i] = after[i] - before[i];
            }
            return step;
        }
    }

    @org.junit.jupiter.api.Test
    void aGraphStartsFromGivenValuesAndBatchNormUpdatesMoveOnlyTheMovingStatistics() {
        FaceDataset data = TinyData.squares(4, 1);
        BatchSource.Batch all = new BatchSource(data, data.size(), null, 0).batch(0);
        java.util.Map<String, float[]> trained;
        float[] expected;
        try (TrainingGraph graph = new TrainingGraph(Architecture.named("lite"), 7, 2)) {
            for (int step = 1; step <= 5; step++) {
                graph.train(all, ClassWeights.none(), 0.003f, step);
            }
            trained = graph.values();
            expected = graph.predict(all.inputs(), all.size());
        }
        try (TrainingGraph copy = new TrainingGraph(Architecture.named("lite"), 99, 2, trained)) {
            assertArrayEquals(expected, copy.predict(all.inputs(), all.size()), 1e-6f);
            for (int i = 0; i < 50; i++) {
                copy.updateBatchNorm(all.inputs(), all.size());
            }
            var updated = copy.values();
            assertArrayEquals(trained.get("head_w"), updated.get("head_w"));
            assertArrayEquals(trained.get("c1_bn_gamma"), updated.get("c1_bn_gamma"));
            float moved = 0;
            for (int c = 0; c < trained.get("c1_bn_mean").length; c++) {
                moved += Math.abs(trained.get("c1_bn_mean")[c] - updated.get("c1_bn_mean")[c]);
            }
            assertTrue(moved > 1e-3, "the moving means did not move");
        }
    }

    @org.junit.jupiter.api.Test
    void batchNormStatisticsAreReestimatedWithoutDropout() {
        // The cnn drops activations before its later batch norms; two graphs whose dropout is seeded differently
        // must still re-estimate the same statistics from the same weights and faces.
        FaceDataset data = TinyData.squares(2, 1);
        BatchSource.Batch all = new BatchSource(data, data.size(), null, 0).batch(0);
        java.util.Map<String, float[]> values = freshValues("cnn");
        java.util.Map<String, float[]> first;
        java.util.Map<String, float[]> second;
        try (TrainingGraph a = new TrainingGraph(Architecture.named("cnn"), 1, 2, values);
             TrainingGraph b = new TrainingGraph(Architecture.named("cnn"), 2, 2, values)) {
            a.updateBatchNorm(all.inputs(), all.size());
            b.updateBatchNorm(all.inputs(), all.size());
            first = a.values();
            second = b.values();
        }
        for (String name : java.util.List.of("s2a_bn_var", "s3a_bn_var", "s4b_bn_mean")) {
            assertArrayEquals(first.get(name), second.get(name), 1e-6f, name);
            assertTrue(!java.util.Arrays.equals(values.get(name), first.get(name)), name + " did not move");
        }
    }
}
