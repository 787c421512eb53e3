package moodbox.training;

import java.util.Arrays;
import java.util.Random;
import moodbox.emotion.EmotionClassifier;
import moodbox.image.GrayImage;

/** Median time of one single-face classification, warm, on the calling thread. */
public final class LatencyBenchmark {
    private LatencyBenchmark() {
    }

    public static double medianClassifyMs(EmotionClassifier classifier, int warmup, int runs) {
        byte[] px = new byte[48 * 48];
        new Random(1).nextBytes(px);
        GrayImage face = new GrayImage(48, 48, px);
        for (int i = 0; i < warmup; i++) {
            classifier.classify(face);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            classifier.classify(face);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return Math.round(ms[runs / 2] * 1000) / 1000.0;
    }
}
