package moodbox.training;

import java.util.Locale;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** A network shape: turns a batch of N×48×48×1 faces into N×7 logits. */
public interface Architecture {
    String name();

    /** The network on a batch of faces: its logits and the features its classifier head reads them from. */
    Network network(Layers layers, Operand<TFloat32> input);

    default Operand<TFloat32> logits(Layers layers, Operand<TFloat32> input) {
        return network(layers, input).logits();
    }

    /**
     * What a network computes for N faces: N×7 logits, and the N×D features its classifier reads (the last
     * convolution stage's output, flattened, where it keeps where in the face a feature is), which say how alike two
     * faces look to this network ({@link CorrectionMemory}).
     */
    record Network(Operand<TFloat32> logits, Operand<TFloat32> features) {
    }

    /** The name of the variable added last to the logits (one value per emotion), where a {@link ClassBias} goes. */
    String outputBias();

    static Architecture named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "cnn" -> new CnnArchitecture();
            case "lite" -> new LiteArchitecture();
            default -> throw new IllegalArgumentException("unknown architecture '" + name + "' (expected cnn or lite)");
        };
    }
}
