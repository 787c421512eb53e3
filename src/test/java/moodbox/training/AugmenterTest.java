package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void withoutTheMirrorStrengthZeroLeavesTheFaceAsItWas() {
        var face = TinyData.squares(1, 5).image(3);
        for (long seed = 1; seed <= 20; seed++) {
            assertTrue(Arrays.equals(face.pixels(), Augmenter.augment(face, new SplittableRandom(seed), 0, false).pixels()), "seed " + seed);
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

    @Test
    void theCameraStepBlursAndAddsNoiseButKeepsTheFace() {
        var face = TinyData.squares(1, 5).image(3);
        int blurred = 0;
        for (long seed = 1; seed <= 20; seed++) {
            var seen = Augmenter.throughCamera(face, new SplittableRandom(seed));
            assertArrayEquals(seen.pixels(), Augmenter.throughCamera(face, new SplittableRandom(seed)).pixels(), "not reproducible");
            double diff = 0;
            for (int i = 0; i < face.pixels().length; i++) {
                diff += Math.abs((face.pixels()[i] & 0xFF) - (seen.pixels()[i] & 0xFF));
            }
            assertTrue(diff > 0, "the camera changed nothing (seed " + seed + ")");
            assertTrue(diff / face.pixels().length < 60, "the camera destroyed the face (seed " + seed + ")");
            if (sharpestStep(seen) < 0.8 * sharpestStep(face)) {
                blurred++;
            }
        }
        assertTrue(blurred >= 10, "most cameras should soften the square's edges; only " + blurred + " of 20 did");
    }

    @Test
    void aBlurSpreadsAnEdgeAndKeepsTheLightAndNoNoiseOnlyRounds() {
        double[] edge = new double[16 * 4];
        for (int y = 0; y < 4; y++) {
            for (int x = 8; x < 16; x++) {
                edge[y * 16 + x] = 200;
            }
        }
        double[] soft = CameraOptics.gaussianBlur(edge, 16, 4, 1.0);
        assertTrue(soft[7] > 20 && soft[7] < 100 && soft[8] > 100 && soft[8] < 180, soft[7] + " / " + soft[8]);
        assertEquals(Arrays.stream(edge).sum(), Arrays.stream(soft).sum(), 1e-6 * 200 * 64);
        byte[] rounded = CameraOptics.withNoise(new double[] {0.4, 254.6, 300, -5}, 0, new SplittableRandom(1));
        assertArrayEquals(new byte[] {0, (byte) 255, (byte) 255, 0}, rounded);
        assertEquals(0.25, CameraOptics.tone(0.25, 1, 1), 1e-12);
        assertEquals(0.5, CameraOptics.tone(0.25, 0.5, 0.6), 1e-12); // √0.25 is mid-grey, which contrast keeps
        assertEquals(0.5 + (0.81 - 0.5) * 0.6, CameraOptics.tone(0.9, 2, 0.6), 1e-12);
    }

    @Test
    void aBatchWithTheCameraStepKeepsTheClearFacesForTheTeacher() {
        FaceDataset data = TinyData.squares(2, 5);
        BatchSource.Batch plain = new BatchSource(data, 8, new SplittableRandom(3), 1, 0).batch(0);
        assertSame(plain.inputs(), plain.teacherInputs());
        BatchSource.Batch seen = new BatchSource(data, 8, new SplittableRandom(3), 1, 1).batch(0);
        assertEquals(plain.inputs().length, seen.teacherInputs().length);
        for (int k = 0; k < seen.size(); k++) {
            float[] clear = Arrays.copyOfRange(seen.teacherInputs(), k * 2304, (k + 1) * 2304);
            float[] camera = Arrays.copyOfRange(seen.inputs(), k * 2304, (k + 1) * 2304);
            assertFalse(Arrays.equals(clear, camera), "face " + k + " was not shown through a camera");
        }
        assertThrows(IllegalArgumentException.class,
                () -> new BatchSource(data, 8, new SplittableRandom(3), 1, 1.5));
    }

    /** The largest difference between horizontal neighbours. */
    private static int sharpestStep(GrayImage face) {
        int best = 0;
        for (int y = 0; y < face.height(); y++) {
            for (int x = 1; x < face.width(); x++) {
                best = Math.max(best, Math.abs(face.at(x, y) - face.at(x - 1, y)));
            }
        }
        return best;
    }
}
