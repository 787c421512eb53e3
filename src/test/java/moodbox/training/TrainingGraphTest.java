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
            float first = graph.train(all, 0.003f, 1).loss();
            float last = first;
            for (int step = 2; step <= 15; step++) {
                last = graph.train(all, 0.003f, step).loss();
            }
            assertTrue(last < first * 0.8, arch + ": loss went from " + first + " to " + last);

            float[] before = graph.predict(all.inputs(), all.size());
            assertEquals(all.size() * 7, before.length);
            graph.save(dir.resolve("ckpt"));
            graph.train(new BatchSource(data, data.size(), new SplittableRandom(3), 1).batch(0), 0.01f, 16);
            graph.restore(dir.resolve("ckpt"));
            assertArrayEquals(before, graph.predict(all.inputs(), all.size()), 1e-6f);
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
                graph.train(all, 0.003f, step);
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
}
