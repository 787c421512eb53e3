package moodbox.training;

import java.util.Locale;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/** A network shape: turns a batch of N×48×48×1 faces into N×7 logits. */
public interface Architecture {
    String name();

    Operand<TFloat32> logits(Layers layers, Operand<TFloat32> input);

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
