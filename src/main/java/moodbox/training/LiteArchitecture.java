package moodbox.training;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The light network for the Pi ("emotion-lite"), after mini-Xception: two plain 3×3 convolutions, four
 * residual blocks of depthwise-separable convolutions with max pooling (48 → 24 → 12 → 6 → 3), then a
 * 3×3 convolution to seven channels and global average pooling. About 88 k parameters (the budget for the Pi
 * is 100 k); 24 to 144 channels, since the 16-to-128 version (57 k) could not fit its own training faces.
 */
public final class LiteArchitecture implements Architecture {
    private static final long[] WIDTHS = {24, 48, 96, 144};

    @Override
    public String name() {
        return "lite";
    }

    @Override
    public String outputBias() {
        return "head_b";
    }

    @Override
    public Network network(Layers l, Operand<TFloat32> input) {
        Operand<TFloat32> x = l.batchNorm("c1_bn", l.conv("c1", input, 1, 8, 3), 8, true);
        x = l.batchNorm("c2_bn", l.conv("c2", x, 8, 8, 3), 8, true);
        long in = 8;
        for (int block = 0; block < WIDTHS.length; block++) {
            long out = WIDTHS[block];
            String b = "b" + (block + 1);
            Operand<TFloat32> shortcut = l.batchNorm(b + "r_bn", l.conv(b + "r", l.subsample(x), in, out, 1), out, false);
            Operand<TFloat32> y = l.batchNorm(b + "a_bn", l.separable(b + "a", x, in, out, 3), out, true);
            y = l.batchNorm(b + "b_bn", l.separable(b + "b", y, out, out, 3), out, false);
            x = l.tf().math.add(l.maxPool(y, 3), shortcut);
            in = out;
        }
        Operand<TFloat32> logits = l.globalAveragePool(l.bias("head_b", l.conv("head", l.dropout(x, 0.2f), in, 7, 3), 7));
        return new Network(logits, l.flatten(x, 3 * 3 * in));
    }
}
