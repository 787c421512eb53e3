package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchNormFoldingTest {
    @Test
    void scalesEachOutputChannelOfTheConvolutionAndTurnsTheBatchNormIntoABias() {
        Map<String, float[]> values = new LinkedHashMap<>();
        values.put("c_w", new float[] {1, 2, 3, 4}); // 1×1 conv, 2 inputs × 2 outputs: [in0: o0 o1, in1: o0 o1]
        values.put("c_bn_gamma", new float[] {2, 1});
        values.put("c_bn_beta", new float[] {0.5f, -1});
        values.put("c_bn_mean", new float[] {1, 3});
        values.put("c_bn_var", new float[] {4 - Layers.BN_EPSILON, 1 - Layers.BN_EPSILON});

        Map<String, float[]> folded = BatchNormFolding.fold(values);
        // γ {2, 1} over √(σ² + ε) {2, 1}: s = {1, 1}, so the weights stay and the bias is β − μ.
        assertArrayEquals(new float[] {1, 2, 3, 4}, folded.get("c_w"), 1e-6f);
        assertArrayEquals(new float[] {0.5f - 1, -1 - 3}, folded.get("c_bn_beta"), 1e-6f);
        assertFalse(folded.containsKey("c_bn_gamma") || folded.containsKey("c_bn_mean") || folded.containsKey("c_bn_var"));

        values.put("c_bn_gamma", new float[] {3, 0.5f}); // s = {1.5, 0.5}
        folded = BatchNormFolding.fold(values);
        assertArrayEquals(new float[] {1.5f, 1, 4.5f, 2}, folded.get("c_w"), 1e-6f);
        assertArrayEquals(new float[] {0.5f - 1.5f, -1 - 1.5f}, folded.get("c_bn_beta"), 1e-6f);
        assertEquals(4, values.get("c_w").length, "the input map is left as it was");
        assertEquals(1f, values.get("c_w")[0]);
    }

    @Test
    void findsThePointwiseWeightsOfASeparableConvolutionAndRefusesAnOrphanBatchNorm() {
        Map<String, float[]> values = new LinkedHashMap<>();
        values.put("s_dw", new float[] {7});
        values.put("s_pw_w", new float[] {1, 1});
        values.put("s_bn_gamma", new float[] {2, 2});
        values.put("s_bn_beta", new float[] {0, 0});
        values.put("s_bn_mean", new float[] {0, 0});
        values.put("s_bn_var", new float[] {1 - Layers.BN_EPSILON, 1 - Layers.BN_EPSILON});
        Map<String, float[]> folded = BatchNormFolding.fold(values);
        assertArrayEquals(new float[] {2, 2}, folded.get("s_pw_w"), 1e-6f);
        assertArrayEquals(new float[] {7}, folded.get("s_dw"));

        Map<String, float[]> orphan = new LinkedHashMap<>(values);
        orphan.remove("s_pw_w");
        assertThrows(IllegalStateException.class, () -> BatchNormFolding.fold(orphan));
    }

    @Test
    void anAlreadyFoldedBatchNormReadsBackAsTheIdentity() {
        assertArrayEquals(new float[] {1, 1}, BatchNormFolding.identity("x_bn_gamma", 2));
        assertArrayEquals(new float[] {0, 0, 0}, BatchNormFolding.identity("x_bn_mean", 3));
        assertEquals("x_bn", BatchNormFolding.layerOf("x_bn_var"));
        Map<String, float[]> values = new LinkedHashMap<>();
        values.put("x_w", new float[] {0.25f, -2});
        values.put("x_bn_gamma", BatchNormFolding.identity("x_bn_gamma", 2));
        values.put("x_bn_beta", new float[] {0.1f, 0.2f});
        values.put("x_bn_mean", BatchNormFolding.identity("x_bn_mean", 2));
        values.put("x_bn_var", BatchNormFolding.identity("x_bn_var", 2));
        Map<String, float[]> folded = BatchNormFolding.fold(values);
        assertArrayEquals(new float[] {0.25f, -2}, folded.get("x_w"), 1e-6f);
        assertArrayEquals(new float[] {0.1f, 0.2f}, folded.get("x_bn_beta"), 1e-6f);
    }

    @Test
    void recentringMovesTheStatisticsToTheMeasuredOnesAndKeepsWhatTheBatchNormComputes() {
        Map<String, float[]> values = new LinkedHashMap<>();
        values.put("c_w", new float[] {1, 2});
        values.put("c_bn_gamma", new float[] {1, 2});
        values.put("c_bn_beta", new float[] {0.5f, -1});
        values.put("c_bn_mean", new float[] {0, 1});
        values.put("c_bn_var", new float[] {1 - Layers.BN_EPSILON, 4 - Layers.BN_EPSILON});
        Map<String, float[][]> measured = Map.of("c_bn", new float[][] {{3, -2}, {9 - Layers.BN_EPSILON, 0.25f - Layers.BN_EPSILON}});

        Map<String, float[]> recentred = BatchNormFolding.recentre(values, measured);
        assertArrayEquals(new float[] {3, -2}, recentred.get("c_bn_mean"));
        assertArrayEquals(new float[] {9 - Layers.BN_EPSILON, 0.25f - Layers.BN_EPSILON}, recentred.get("c_bn_var"));
        // Channel 0 was x + 0.5 (scale 1), channel 1 was (x − 1) + −1 (scale 2 / 2 = 1); the batch norm's scale
        // now divides by the measured deviation (3 and 0.5), so γ is 3 and 0.5, and β the measured mean mapped.
        assertArrayEquals(new float[] {3, 0.5f}, recentred.get("c_bn_gamma"), 1e-5f);
        assertArrayEquals(new float[] {3.5f, -4}, recentred.get("c_bn_beta"), 1e-5f);
        for (float x : new float[] {-3, 0, 2.5f}) {
            for (int c = 0; c < 2; c++) {
                assertEquals(inference(values, c, x), inference(recentred, c, x), 1e-5, "channel " + c + " at " + x);
            }
        }
        assertArrayEquals(new float[] {1, 2}, recentred.get("c_w"));
        assertArrayEquals(new float[] {0, 1}, values.get("c_bn_mean"), "the input map is left as it was");
    }

    private static double inference(Map<String, float[]> v, int c, float x) {
        return v.get("c_bn_gamma")[c] * (x - v.get("c_bn_mean")[c]) / Math.sqrt(v.get("c_bn_var")[c] + Layers.BN_EPSILON)
                + v.get("c_bn_beta")[c];
    }
}
