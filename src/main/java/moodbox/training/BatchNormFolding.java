package moodbox.training;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Folds each inference-time batch norm into the convolution before it: with
 * {@code s = γ / √(σ² + ε)}, the convolution's weights for output channel {@code o} are multiplied by
 * {@code s[o]} and the batch norm becomes a bias {@code β − μ·s}. The network computes the same function
 * with fewer operations. A batch norm named {@code X_bn} follows the convolution {@code X} (weights
 * {@code X_w}) or the separable convolution {@code X} (pointwise weights {@code X_pw_w}).
 */
final class BatchNormFolding {
    private static final String[] STATISTICS = {"_gamma", "_mean", "_var"};

    private BatchNormFolding() {
    }

    /** The values of a {@link Layers.Mode#FOLDED} network computing what {@code values} compute at inference. */
    static Map<String, float[]> fold(Map<String, float[]> values) {
        Map<String, float[]> folded = new LinkedHashMap<>(values);
        for (String name : values.keySet()) {
            if (!name.endsWith("_bn_gamma")) {
                continue;
            }
            String bn = layerOf(name);
            String conv = bn.substring(0, bn.length() - "_bn".length());
            String weightName = values.containsKey(conv + "_w") ? conv + "_w" : conv + "_pw_w";
            float[] weights = values.get(weightName);
            if (weights == null) {
                throw new IllegalStateException("batch norm " + bn + " follows no convolution named " + conv);
            }
            float[] gamma = values.get(bn + "_gamma");
            float[] beta = values.get(bn + "_beta");
            float[] mean = values.get(bn + "_mean");
            float[] variance = values.get(bn + "_var");
            int channels = gamma.length;
            double[] scale = new double[channels];
            float[] bias = new float[channels];
            for (int o = 0; o < channels; o++) {
                scale[o] = gamma[o] / deviation(variance[o]);
                bias[o] = (float) (beta[o] - mean[o] * scale[o]);
            }
            float[] scaled = new float[weights.length];
            for (int i = 0; i < weights.length; i++) {
                scaled[i] = (float) (weights[i] * scale[i % channels]); // output channel is the last dimension
            }
            folded.put(weightName, scaled);
            folded.put(bn + "_beta", bias);
            for (String statistic : STATISTICS) {
                folded.remove(bn + statistic);
            }
        }
        return folded;
    }

    /**
     * The same inference function with each batch norm's moving statistics set to {@code statistics} (by
     * batch-norm name: {mean, variance} of what it normalises, see
     * {@link TrainingGraph#batchNormInputStatistics}) and its scale and offset changed to match. Training
     * normalises with batch statistics; after this they are close to the moving ones, so a training graph
     * starting from these values computes what the model computes (a folded model's identity batch norms
     * would instead rescale every channel to unit variance on the first step).
     */
    static Map<String, float[]> recentre(Map<String, float[]> values, Map<String, float[][]> statistics) {
        Map<String, float[]> recentred = new LinkedHashMap<>(values);
        statistics.forEach((bn, meanAndVariance) -> {
            float[] gamma = values.get(bn + "_gamma");
            float[] beta = values.get(bn + "_beta");
            float[] movingMean = values.get(bn + "_mean");
            float[] movingVariance = values.get(bn + "_var");
            int channels = gamma.length;
            float[] newGamma = new float[channels];
            float[] newBeta = new float[channels];
            for (int c = 0; c < channels; c++) {
                double scale = gamma[c] / deviation(movingVariance[c]);
                double bias = beta[c] - movingMean[c] * scale;
                newGamma[c] = (float) (scale * deviation(meanAndVariance[1][c]));
                newBeta[c] = (float) (bias + meanAndVariance[0][c] * scale);
            }
            recentred.put(bn + "_gamma", newGamma);
            recentred.put(bn + "_beta", newBeta);
            recentred.put(bn + "_mean", meanAndVariance[0].clone());
            recentred.put(bn + "_var", meanAndVariance[1].clone());
        });
        return recentred;
    }

    /** The layer a batch-norm variable belongs to: {@code X_bn_gamma} → {@code X_bn}. */
    static String layerOf(String variable) {
        return variable.substring(0, variable.lastIndexOf('_'));
    }

    /** Scale and statistics of an already-folded batch norm: scale 1, mean 0, variance 1 − ε. */
    static float[] identity(String variable, int channels) {
        float value = variable.endsWith("_gamma") ? 1f : variable.endsWith("_var") ? 1f - Layers.BN_EPSILON : 0f;
        float[] values = new float[channels];
        java.util.Arrays.fill(values, value);
        return values;
    }

    /** The standard deviation a batch norm divides by for {@code variance}: √(variance + ε). */
    private static double deviation(float variance) {
        return Math.sqrt(variance + (double) Layers.BN_EPSILON);
    }
}
