package moodbox.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.index.Indices;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.nn.FusedBatchNorm;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.types.TFloat32;

/**
 * Building blocks of the emotion networks on top of raw TensorFlow ops, in NHWC layout. One instance builds
 * one path through the network (see {@link Mode}). The training and inference paths of a training graph
 * draw their weights from the same {@link Parameters}, so they share them.
 */
public final class Layers {
    /** Which path through the network to build. */
    public enum Mode {
        /** Batch statistics, dropout and moving-average updates. */
        TRAINING,
        /** Moving statistics, no dropout. */
        INFERENCE,
        /**
         * Batch statistics and moving-average updates but no dropout: re-estimates the batch norms' statistics
         * for given weights on the inputs they will see (dropout would skew the variances the later layers
         * see, and those layers never see dropout at inference).
         */
        CALIBRATION,
        /**
         * Fine-tuning a trained model on a few faces: moving statistics (frozen; a batch of a dozen corrected
         * faces says nothing reliable about them, and a shipped model's batch norms are folded, so batch
         * statistics would change what the network computes), dropout, no moving-average updates.
         */
        FINE_TUNING,
        /**
         * Inference with every batch norm already folded into the convolution before it (see
         * {@link BatchNormFolding}): a batch norm is then only its offset, added as a bias, which TensorFlow
         * fuses with the convolution and ReLU. This is what a shipped model runs.
         */
        FOLDED
    }

    static final float BN_MOMENTUM = 0.99f;
    static final float BN_EPSILON = 1e-3f;

    private final Ops tf;
    private final Parameters params;
    private final Mode mode;
    private final List<Op> updates = new ArrayList<>();
    private final Map<String, Operand<TFloat32>> batchNormInputs = new LinkedHashMap<>();
    private final long seed;
    private long randomOps;
    private long multiplyAdds;

    /** @param seed seeds the dropout masks of the training path */
    public Layers(Ops tf, Parameters params, Mode mode, long seed) {
        this.tf = tf;
        this.params = params;
        this.mode = mode;
        this.seed = seed;
    }

    public Ops tf() {
        return tf;
    }

    /** Multiply-adds per image of the convolutions and dense layers built so far. */
    public long multiplyAdds() {
        return multiplyAdds;
    }

    /** Batch-norm moving-average updates that a training step must run. */
    public List<Op> updates() {
        return updates;
    }

    /** What each batch norm of this path normalises, by batch-norm name (to measure its statistics). */
    public Map<String, Operand<TFloat32>> batchNormInputs() {
        return batchNormInputs;
    }

    /** 3×3 (or k×k) convolution, stride 1, SAME padding, no bias (a batch norm follows). */
    public Operand<TFloat32> conv(String name, Operand<TFloat32> x, long in, long out, long k) {
        Variable<TFloat32> w = params.weight(name + "_w", k * k * in, k, k, in, out);
        multiplyAdds += pixels(x) * k * k * in * out;
        return tf.nn.conv2d(x, w, List.of(1L, 1L, 1L, 1L), "SAME");
    }

    /** Adds a learned bias per channel. */
    public Operand<TFloat32> bias(String name, Operand<TFloat32> x, long channels) {
        return tf.nn.biasAdd(x, params.filled(name, 0f, channels));
    }

    /** Depthwise-separable convolution: k×k depthwise then 1×1 pointwise, SAME padding, no bias. */
    public Operand<TFloat32> separable(String name, Operand<TFloat32> x, long in, long out, long k) {
        Variable<TFloat32> dw = params.weight(name + "_dw", k * k, k, k, in, 1);
        multiplyAdds += pixels(x) * k * k * in;
        Operand<TFloat32> depthwise = tf.nn.depthwiseConv2dNative(x, dw, List.of(1L, 1L, 1L, 1L), "SAME");
        return conv(name + "_pw", depthwise, in, out, 1);
    }

    /**
     * Batch normalisation (fused), then ReLU unless {@code relu} is false. Its name must be that of the
     * convolution it follows plus {@code _bn}, so that {@link BatchNormFolding} can find that convolution.
     */
    public Operand<TFloat32> batchNorm(String name, Operand<TFloat32> x, long channels, boolean relu) {
        if (mode == Mode.FOLDED) {
            Operand<TFloat32> y = tf.nn.biasAdd(x, params.filled(name + "_beta", 0f, channels));
            return relu ? tf.nn.relu(y) : y;
        }
        batchNormInputs.put(name, x);
        Variable<TFloat32> scale = params.filled(name + "_gamma", 1f, channels);
        Variable<TFloat32> offset = params.filled(name + "_beta", 0f, channels);
        Variable<TFloat32> movingMean = params.state(name + "_mean", 0f, channels);
        Variable<TFloat32> movingVar = params.state(name + "_var", 1f, channels);
        Operand<TFloat32> y;
        if (mode == Mode.TRAINING || mode == Mode.CALIBRATION) {
            Operand<TFloat32> empty = tf.constant(new float[0]);
            FusedBatchNorm<TFloat32, TFloat32> bn = tf.nn.fusedBatchNorm(x, scale, offset, empty, empty,
                    FusedBatchNorm.epsilon(BN_EPSILON), FusedBatchNorm.isTraining(true));
            Operand<TFloat32> rate = tf.constant(1f - BN_MOMENTUM);
            updates.add(tf.assignSub(movingMean, tf.math.mul(tf.math.sub(movingMean, bn.batchMean()), rate)));
            updates.add(tf.assignSub(movingVar, tf.math.mul(tf.math.sub(movingVar, bn.batchVariance()), rate)));
            y = bn.y();
        } else {
            y = tf.nn.fusedBatchNorm(x, scale, offset, movingMean, movingVar,
                    FusedBatchNorm.epsilon(BN_EPSILON), FusedBatchNorm.isTraining(false)).y();
        }
        return relu ? tf.nn.relu(y) : y;
    }

    /** Max pooling, window {@code k}, stride 2, SAME padding: halves height and width (rounding up). */
    public Operand<TFloat32> maxPool(Operand<TFloat32> x, int k) {
        return tf.nn.maxPool(x, tf.constant(new int[] {1, k, k, 1}), tf.constant(new int[] {1, 2, 2, 1}), "SAME");
    }

    /** Every second row and column (the same maths as a stride-2 1×1 conv input, without its crash). */
    public Operand<TFloat32> subsample(Operand<TFloat32> x) {
        return tf.stridedSlice(x, Indices.all(), Indices.step(2), Indices.step(2), Indices.all());
    }

    /** Mean over height and width: N×H×W×C → N×C. */
    public Operand<TFloat32> globalAveragePool(Operand<TFloat32> x) {
        return tf.math.mean(x, tf.constant(new int[] {1, 2}));
    }

    public Operand<TFloat32> flatten(Operand<TFloat32> x, long features) {
        return tf.reshape(x, tf.constant(new long[] {-1, features}));
    }

    /** Fully connected layer with bias. */
    public Operand<TFloat32> dense(String name, Operand<TFloat32> x, long in, long out) {
        Variable<TFloat32> w = params.weight(name + "_w", in, in, out);
        multiplyAdds += in * out;
        return bias(name + "_b", tf.linalg.matMul(x, w), out);
    }

    private static long pixels(Operand<TFloat32> x) {
        return x.shape().get(1) * x.shape().get(2);
    }

    /** Inverted dropout while training; the identity at inference. */
    public Operand<TFloat32> dropout(Operand<TFloat32> x, float rate) {
        if ((mode != Mode.TRAINING && mode != Mode.FINE_TUNING) || rate <= 0) {
            return x;
        }
        float keep = 1f - rate;
        Operand<TFloat32> noise = tf.random.randomUniform(tf.shape(x), TFloat32.class,
                RandomUniform.seed(seed), RandomUniform.seed2(++randomOps));
        Operand<TFloat32> mask = tf.math.floor(tf.math.add(noise, tf.constant(keep)));
        return tf.math.mul(x, tf.math.mul(mask, tf.constant(1f / keep)));
    }
}
