package moodbox.emotion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import moodbox.image.GrayImage;
import org.junit.jupiter.api.Test;

class FacePreprocessingTest {
    @Test
    void scalesA48x48FaceToUnitRange() {
        byte[] px = new byte[48 * 48];
        px[0] = (byte) 255;
        px[1] = (byte) 51;
        float[] input = FacePreprocessing.toModelInput(new GrayImage(48, 48, px));
        assertEquals(2304, input.length);
        assertEquals(1f, input[0]);
        assertEquals(0.2f, input[1], 1e-6);
        assertEquals(0f, input[2]);
    }

    @Test
    void shrinksByAreaAveraging() {
        // 96x96 checkerboard of 0 and 200 averages to 100 everywhere.
        byte[] px = new byte[96 * 96];
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                px[y * 96 + x] = (byte) (((x + y) % 2 == 0) ? 200 : 0);
            }
        }
        GrayImage small = FacePreprocessing.resize(new GrayImage(96, 96, px), 48, 48);
        for (byte b : small.pixels()) {
            assertEquals(100, b & 0xFF);
        }
    }

    @Test
    void growsAUniformImageUnchanged() {
        byte[] px = new byte[10 * 10];
        java.util.Arrays.fill(px, (byte) 77);
        GrayImage big = FacePreprocessing.resize(new GrayImage(10, 10, px), 48, 48);
        byte[] expected = new byte[48 * 48];
        java.util.Arrays.fill(expected, (byte) 77);
        assertArrayEquals(expected, big.pixels());
    }
}
