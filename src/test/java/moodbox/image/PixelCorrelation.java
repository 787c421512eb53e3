package moodbox.image;

/** For tests: how alike two equally sized gray images are, as the Pearson correlation of their pixels (1 = the same picture up to light). */
public final class PixelCorrelation {
    private PixelCorrelation() {
    }

    public static double of(GrayImage a, GrayImage b) {
        double ma = 0;
        double mb = 0;
        int n = a.pixels().length;
        for (int i = 0; i < n; i++) {
            ma += a.pixels()[i] & 0xFF;
            mb += b.pixels()[i] & 0xFF;
        }
        ma /= n;
        mb /= n;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
            double da = (a.pixels()[i] & 0xFF) - ma;
            double db = (b.pixels()[i] & 0xFF) - mb;
            ab += da * db;
            aa += da * da;
            bb += db * db;
        }
        return ab / Math.sqrt(aa * bb + 1e-9);
    }
}
