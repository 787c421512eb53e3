package moodbox.training;

import java.util.Arrays;
import java.util.Optional;
import moodbox.emotion.Emotion;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Max;
import org.tensorflow.op.core.Sum;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.TFloat32;

/**
 * What an adapted model remembers of its corrected faces: each face's features as the adapted network sees them
 * ({@link Architecture.Network#features}, scaled to unit length) and the emotion it was corrected to. The exported
 * model compares every face it reads with them (cosine similarity; per emotion, the similarity of its nearest
 * corrected face of that emotion), and a face is read as the emotion of the corrected face it resembles only when
 * both are true:
 * <ul>
 *   <li>it is more alike that corrected face than corrected faces of different emotions are to each other (the
 *       {@link #likeness} threshold: the median, over the corrected faces, of each one's similarity to its nearest
 *       corrected face of another emotion);</li>
 *   <li>it is nearer that emotion than the next one by a clear {@link #margin}: how much nearer, in the same
 *       measure, the memory ever looks when the right answer is NOT in it (each corrected face held out in turn
 *       and compared with the others), at the 95th percentile (the 90th until session 12: README "Learns its
 *       household").</li>
 * </ul>
 * Each condition is a sigmoid ({@link #LIKENESS_WIDTH}, {@link #MARGIN_WIDTH}); their product is the memory's say,
 * mixed with the network's probabilities. Faces unlike every correction (everyone else's) are read as the network
 * alone reads them.
 *
 * <p>This is how one correction of a look carries to the same look seen again: the fine-tuning itself is held
 * back so as not to forget everyone else (distillation, anchors) and learns only part of its own corrected faces
 * (README "Learns its household").
 */
final class CorrectionMemory {
    static final float LIKENESS_WIDTH = 0.02f;
    static final float MARGIN_WIDTH = 0.01f;
    static final double MARGIN_PERCENTILE = 0.95;
    /** Added to the similarity of a corrected face of another emotion, so that it never counts as the nearest of this one. */
    private static final float ELSEWHERE = -10f;

    private final float[][] features;
    private final int[] labels;
    private final float likeness;
    private final float margin;

    CorrectionMemory(float[][] features, int[] labels, float likeness, float margin) {
        this.features = features;
        this.labels = labels;
        this.likeness = likeness;
        this.margin = margin;
    }

    /**
     * The memory of {@code faces} as the inference path of {@code network} sees them, or empty when they hold fewer than
     * two emotions, or when no corrected face held out leaves two emotions to tell apart (there is then no
     * measure of how alike different moods look, or of how sure the memory looks when it cannot know).
     */
    static Optional<CorrectionMemory> of(TrainingGraph network, FaceDataset faces) {
        int[] labels = new int[faces.size()];
        for (int k = 0; k < labels.length; k++) {
            labels[k] = faces.label(k);
        }
        if (Arrays.stream(labels).distinct().count() < 2) {
            return Optional.empty();
        }
        float[][] features = unitRows(network.features(faces));
        double[] nearestOther = new double[labels.length];
        double[] heldOutMargins = new double[labels.length];
        for (int k = 0; k < labels.length; k++) {
            float[] byEmotion = nearestByEmotion(features[k], features, labels, k);
            nearestOther[k] = Float.NEGATIVE_INFINITY;
            for (int e = 0; e < Emotion.COUNT; e++) {
                if (e != labels[k]) {
                    nearestOther[k] = Math.max(nearestOther[k], byEmotion[e]);
                }
            }
            heldOutMargins[k] = marginOf(byEmotion);
        }
        if (Arrays.stream(heldOutMargins).noneMatch(Double::isFinite)) {
            return Optional.empty();
        }
        return Optional.of(new CorrectionMemory(features, labels, (float) quantile(nearestOther, 0.5),
                (float) quantile(heldOutMargins, MARGIN_PERCENTILE)));
    }

    /** Per emotion, the similarity of {@code face} to its nearest corrected face of that emotion (but {@code skip}); {@code ELSEWHERE} for none. */
    private static float[] nearestByEmotion(float[] face, float[][] features, int[] labels, int skip) {
        float[] nearest = new float[Emotion.COUNT];
        Arrays.fill(nearest, ELSEWHERE);
        for (int j = 0; j < labels.length; j++) {
            if (j != skip) {
                nearest[labels[j]] = Math.max(nearest[labels[j]], dot(face, features[j]));
            }
        }
        return nearest;
    }

    /** How much nearer the nearest emotion is than the next; not a number when fewer than two emotions are there. */
    private static double marginOf(float[] byEmotion) {
        float[] sorted = byEmotion.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - 2] == ELSEWHERE ? Double.NaN : sorted[sorted.length - 1] - sorted[sorted.length - 2];
    }

    /** The {@code q} quantile of the finite {@code values} (at least one), linearly interpolated. */
    static double quantile(double[] values, double q) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    int size() {
        return labels.length;
    }

    float likeness() {
        return likeness;
    }

    float margin() {
        return margin;
    }

    /**
     * The model's probabilities with the memory's say mixed in: {@code (1 − g)·probabilities + g·(the nearest
     * emotion, one-hot)}, {@code g = sigmoid((nearest − likeness) / LIKENESS_WIDTH)·sigmoid((nearest − next −
     * margin) / MARGIN_WIDTH)}, "nearest" and "next" being the similarities of the two nearest emotions.
     */
    Operand<TFloat32> recall(Ops tf, Operand<TFloat32> probabilities, Operand<TFloat32> networkFeatures) {
        int dims = features[0].length;
        float[] flat = new float[labels.length * dims];
        float[] elsewhere = new float[labels.length * Emotion.COUNT];
        for (int k = 0; k < labels.length; k++) {
            System.arraycopy(features[k], 0, flat, k * dims, dims);
            for (int e = 0; e < Emotion.COUNT; e++) {
                elsewhere[k * Emotion.COUNT + e] = e == labels[k] ? 0f : ELSEWHERE;
            }
        }
        Operand<TFloat32> remembered = tf.constant(Shape.of(labels.length, dims), DataBuffers.of(flat, true, false));
        Operand<TFloat32> notThisEmotion = tf.constant(Shape.of(1, labels.length, Emotion.COUNT), DataBuffers.of(elsewhere, true, false));
        Operand<TFloat32> unit = tf.math.mul(networkFeatures, tf.math.rsqrt(tf.math.add(
                tf.sum(tf.math.square(networkFeatures), tf.constant(1), Sum.keepDims(true)), tf.constant(1e-12f))));
        Operand<TFloat32> similarity = tf.linalg.matMul(unit, remembered, MatMul.transposeB(true));
        Operand<TFloat32> byEmotion = tf.max(tf.math.add(tf.expandDims(similarity, tf.constant(2)), notThisEmotion), tf.constant(1));
        Operand<TFloat32> nearest = tf.max(byEmotion, tf.constant(1), Max.keepDims(true));
        Operand<TFloat32> recalled = tf.dtypes.cast(tf.math.greaterEqual(byEmotion, nearest), TFloat32.class);
        Operand<TFloat32> next = tf.max(tf.math.add(byEmotion, tf.math.mul(recalled, tf.constant(ELSEWHERE))), tf.constant(1), Max.keepDims(true));
        Operand<TFloat32> say = tf.math.mul(
                tf.math.sigmoid(tf.math.div(tf.math.sub(nearest, tf.constant(likeness)), tf.constant(LIKENESS_WIDTH))),
                tf.math.sigmoid(tf.math.div(tf.math.sub(tf.math.sub(nearest, next), tf.constant(margin)), tf.constant(MARGIN_WIDTH))));
        return tf.math.add(tf.math.mul(probabilities, tf.math.sub(tf.constant(1f), say)), tf.math.mul(recalled, say));
    }

    private static float[][] unitRows(float[][] rows) {
        float[][] unit = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double norm = Math.sqrt(Math.max(dot(rows[i], rows[i]), 1e-12f));
            unit[i] = new float[rows[i].length];
            for (int d = 0; d < rows[i].length; d++) {
                unit[i][d] = (float) (rows[i][d] / norm);
            }
        }
        return unit;
    }

    private static float dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return (float) sum;
    }
}
