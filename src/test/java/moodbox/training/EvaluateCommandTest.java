package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvaluateCommandTest {
    @Test
    void softAndNoisyFacesAreBlurredThenNoisedTheSameWayEveryTime() {
        FaceDataset faces = TinyData.squares(1, 5);
        assertSame(faces, EvaluateCommand.softAndNoisy(faces, 0, 0));

        FaceDataset soft = EvaluateCommand.softAndNoisy(faces, 1.4, 0);
        assertEquals(faces.size(), soft.size());
        for (int i = 0; i < faces.size(); i++) {
            assertEquals(faces.label(i), soft.label(i));
            assertTrue(sharpestStep(soft.image(i).pixels()) < sharpestStep(faces.image(i).pixels()),
                    "face " + i + " was not blurred");
        }

        FaceDataset noisy = EvaluateCommand.softAndNoisy(faces, 0, 10);
        assertArrayEquals(noisy.image(2).pixels(), EvaluateCommand.softAndNoisy(faces, 0, 10).image(2).pixels(), "not repeatable");
        double sumSquares = 0;
        for (int p = 0; p < 48 * 48; p++) {
            double d = (noisy.image(2).pixels()[p] & 0xFF) - (faces.image(2).pixels()[p] & 0xFF);
            sumSquares += d * d;
        }
        double std = Math.sqrt(sumSquares / (48 * 48));
        assertTrue(std > 6 && std < 11, "noise of σ 10 (clipped at black and white) measured " + std);
    }

    private static int sharpestStep(byte[] pixels) {
        int best = 0;
        for (int y = 0; y < 48; y++) {
            for (int x = 1; x < 48; x++) {
                best = Math.max(best, Math.abs((pixels[y * 48 + x] & 0xFF) - (pixels[y * 48 + x - 1] & 0xFF)));
            }
        }
        return best;
    }
}
