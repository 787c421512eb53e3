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
}
