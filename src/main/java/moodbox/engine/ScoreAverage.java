package moodbox.engine;

import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;

/** The mean of the face scores seen during one detection window: the bars shown with a decided mood. */
final class ScoreAverage {
    private final double[] sum = new double[Emotion.COUNT];
    private int count;

    void clear() {
        java.util.Arrays.fill(sum, 0);
        count = 0;
    }

    void add(EmotionScores scores) {
        float[] p = scores.toArray();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += p[i];
        }
        count++;
    }

    /** The mean, or scores that put all weight on {@code fallback} when no face was seen. */
    EmotionScores mean(Emotion fallback) {
        float[] mean = new float[Emotion.COUNT];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = count == 0 ? (i == fallback.index() ? 1f : 0f) : (float) (sum[i] / count);
        }
        return new EmotionScores(mean);
    }
}
