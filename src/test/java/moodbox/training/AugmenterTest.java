package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.Test;

class AugmenterTest {
    @Test
    void theSameSeedGivesTheSameBatchAndAnotherSeedDoesNot() {
        FaceDataset data = TinyData.squares(3, 5);
        float[] a = new BatchSource(data, 8, new SplittableRandom(11), 1).batch(0).inputs();
        float[] b = new BatchSource(data, 8, new SplittableRandom(11), 1).batch(0).inputs();
        float[] c = new BatchSource(data, 8, new SplittableRandom(12), 1).batch(0).inputs();
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void augmentationKeepsTheFaceRecognisableAndInRange() {
        FaceDataset data = TinyData.squares(1, 5);
        var face = data.image(3);
        var changed = Augmenter.augment(face, new SplittableRandom(1), 1);
        assertEquals(48, changed.width());
        // Still mostly the same picture: the mean absolute difference stays well below the square's contrast.
        double diff = 0;
        for (int i = 0; i < face.pixels().length; i++) {
            diff += Math.abs((face.pixels()[i] & 0xFF) - (changed.pixels()[i] & 0xFF));
        }
        double mean = diff / face.pixels().length;
        assertFalse(mean == 0, "augmentation changed nothing");
        assertFalse(mean > 60, "augmentation destroyed the face: mean difference " + mean);
    }

    @Test
    void evaluationBatchesKeepOrderAndLeaveFacesAlone() {
        FaceDataset data = TinyData.squares(2, 5);
        BatchSource.Batch batch = new BatchSource(data, 5, null, 0).batch(1);
        assertEquals(5, batch.size());
        assertEquals(data.label(5), batch.labels()[0]);
        assertEquals((data.image(5).at(0, 0)) / 255f, batch.inputs()[0], 1e-6);
        assertEquals(1f, batch.targets()[data.label(5)]);
    }

    @Test
    void strengthScalesTheChangesAndZeroLeavesOnlyTheFlip() {
        var face = TinyData.squares(1, 5).image(3);
        for (long seed = 1; seed <= 20; seed++) {
            var none = Augmenter.augment(face, new SplittableRandom(seed), 0);
            boolean unchanged = Arrays.equals(face.pixels(), none.pixels());
            boolean mirrored = true;
            for (int y = 0; y < 48 && mirrored; y++) {
                for (int x = 0; x < 48 && mirrored; x++) {
                    mirrored = face.at(47 - x, y) == none.at(x, y);
                }
            }
            assertTrue(unchanged || mirrored, "strength 0 did more than flip (seed " + seed + ")");
            double half = difference(face, Augmenter.augment(face, new SplittableRandom(seed), 0.5), unchanged);
            double full = difference(face, Augmenter.augment(face, new SplittableRandom(seed), 1), unchanged);
            assertTrue(half <= full + 1, "half strength changed more than full (seed " + seed + "): " + half + " > " + full);
        }
    }

    /** Mean absolute pixel difference, comparing against the mirrored face when the augmentation flipped it. */
    private static double difference(GrayImage face, GrayImage changed, boolean sameSide) {
        double diff = 0;
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                diff += Math.abs(face.at(sameSide ? x : 47 - x, y) - changed.at(x, y));
            }
        }
        return diff / (48 * 48);
    }
}
