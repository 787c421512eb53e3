package moodbox.camera.sim;

import java.util.Random;

/** A plain room for the synthetic scene: a lit wall gradient, a few soft-edged pieces of furniture. */
final class SceneBackground {
    private SceneBackground() {
    }

    static byte[] draw(int width, int height, Random random) {
        double[] px = new double[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                px[y * width + x] = 150 - 50.0 * y / height + 20.0 * x / width;
            }
        }
        for (int n = 0; n < 5; n++) {
            int w = width / 8 + random.nextInt(width / 4);
            int h = height / 6 + random.nextInt(height / 3);
            int x0 = random.nextInt(width - w);
            int y0 = random.nextInt(height - h);
            double shade = 50 + random.nextInt(150);
            for (int y = y0; y < y0 + h; y++) {
                for (int x = x0; x < x0 + w; x++) {
                    px[y * width + x] = 0.3 * px[y * width + x] + 0.7 * shade;
                }
            }
        }
        byte[] out = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            out[i] = (byte) Math.max(0, Math.min(255, Math.round(px[i])));
        }
        return out;
    }
}
