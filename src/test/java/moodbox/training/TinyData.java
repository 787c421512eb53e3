package moodbox.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A small generated dataset that a network can learn: each class is a bright square at its own place. */
final class TinyData {
    private TinyData() {
    }

    static FaceDataset squares(int perClass, long seed) {
        Random random = new Random(seed);
        List<byte[]> images = new ArrayList<>();
        int[] labels = new int[perClass * 7];
        int k = 0;
        for (int i = 0; i < perClass; i++) {
            for (int label = 0; label < 7; label++) {
                byte[] px = new byte[48 * 48];
                for (int p = 0; p < px.length; p++) {
                    px[p] = (byte) (40 + random.nextInt(30));
                }
                int x0 = 4 + (label % 4) * 10;
                int y0 = 6 + (label / 4) * 20;
                for (int y = y0; y < y0 + 10; y++) {
                    for (int x = x0; x < x0 + 10; x++) {
                        px[y * 48 + x] = (byte) 230;
                    }
                }
                images.add(px);
                labels[k++] = label;
            }
        }
        return new FaceDataset(images, labels, 0);
    }
}
