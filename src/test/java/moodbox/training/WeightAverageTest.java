package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightAverageTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheMeanCountsEachEpochOnceAndSurvivesAWriteAndRead() throws Exception {
        WeightAverage average = WeightAverage.empty();
        average.add(Map.of("w", new float[] {1, 2}, "b", new float[] {0}), 5);
        average.add(Map.of("w", new float[] {3, 6}, "b", new float[] {3}), 6);
        assertFalse(average.add(Map.of("w", new float[] {100, 100}, "b", new float[] {100}), 6), "epoch 6 counted twice");
        average.add(Map.of("w", new float[] {5, 1}, "b", new float[] {6}), 7);
        assertArrayEquals(new float[] {3, 3}, average.values().get("w"), 1e-6f);
        assertArrayEquals(new float[] {3}, average.values().get("b"), 1e-6f);

        Path file = dir.resolve("average.bin");
        average.write(file);
        WeightAverage read = WeightAverage.readOrEmpty(file);
        assertEquals(3, read.count());
        assertEquals(5, read.firstEpoch());
        assertEquals(7, read.lastEpoch());
        assertArrayEquals(new float[] {3, 3}, read.values().get("w"));
        assertEquals(0, WeightAverage.readOrEmpty(dir.resolve("none.bin")).count());

        assertThrows(IllegalArgumentException.class, () -> read.add(Map.of("other", new float[] {1}), 8));
        Files.writeString(dir.resolve("bad.bin"), "not an average");
        assertThrows(java.io.IOException.class, () -> WeightAverage.readOrEmpty(dir.resolve("bad.bin")));
    }
}
