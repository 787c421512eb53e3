package moodbox.training;

import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The full emotion network ("emotion-cnn"): four VGG-style stages of 3×3 convolution + batch norm + ReLU
 * with 2×2 max pooling (48 → 24 → 12 → 6 → 3), then two fully connected layers with dropout and a 7-way
 * output. About 1.6 M parameters.
 */
public final class CnnArchitecture implements Architecture {
    private static final long[] WIDTHS = {32, 64, 128, 256};

    @Override
    public String name() {
        return "cnn";
    }

    @Override
    public String outputBias() {
        return "out_b";
    }

    @Override
    public Network network(Layers l, Operand<TFloat32> input) {
        Operand<TFloat32> x = input;
        long in = 1;
        for (int stage = 0; stage < WIDTHS.length; stage++) {
            long out = WIDTHS[stage];
            String s = "s" + (stage + 1);
            x = l.batchNorm(s + "a_bn", l.conv(s + "a", x, in, out, 3), out, true);
            if (stage > 0) {
                x = l.batchNorm(s + "b_bn", l.conv(s + "b", x, out, out, 3), out, true);
            }
            x = l.dropout(l.maxPool(x, 2), 0.05f * stage);
            in = out;
        }
        long features = 3 * 3 * in;
        x = l.flatten(x, features);
        Operand<TFloat32> hidden = l.tf().nn.relu(l.dense("fc1", x, features, 256));
        return new Network(l.dense("out", l.dropout(hidden, 0.5f), 256, 7), x);
    }
}
