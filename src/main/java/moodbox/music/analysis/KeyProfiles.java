package moodbox.music.analysis;

/** Krumhansl–Kessler key profiles: how strongly a chroma vector looks major versus minor. */
final class KeyProfiles {
    private static final double[] MAJOR = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    private static final double[] MINOR = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

    private KeyProfiles() {
    }

    /** Best major-key correlation minus best minor-key correlation; 0 when there is no pitch content. */
    static double modeScore(double[] chroma) {
        double total = 0;
        for (double c : chroma) {
            total += c;
        }
        if (total <= 0) {
            return 0;
        }
        return bestCorrelation(chroma, MAJOR) - bestCorrelation(chroma, MINOR);
    }

    private static double bestCorrelation(double[] chroma, double[] profile) {
        double best = -1;
        for (int key = 0; key < 12; key++) {
            double[] rotated = new double[12];
            for (int i = 0; i < 12; i++) {
                rotated[(i + key) % 12] = profile[i];
            }
            best = Math.max(best, correlation(chroma, rotated));
        }
        return best;
    }

    private static double correlation(double[] a, double[] b) {
        double meanA = mean(a);
        double meanB = mean(b);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < 12; i++) {
            ab += (a[i] - meanA) * (b[i] - meanB);
            aa += (a[i] - meanA) * (a[i] - meanA);
            bb += (b[i] - meanB) * (b[i] - meanB);
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
