package moodbox.training;

import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Size of a network: its variables' names, trainable parameters and floating-point operations per face. */
public record NetworkStats(List<String> variableNames, long parameters, long flops) {
    public static NetworkStats of(Architecture architecture) {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Parameters params = new Parameters(tf, 0);
            Layers layers = new Layers(tf, params, Layers.Mode.INFERENCE, 0);
            architecture.logits(layers, tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 48, 48, 1))));
            return new NetworkStats(List.copyOf(params.all().keySet()), params.trainableCount(), 2 * layers.multiplyAdds());
        }
    }
}
