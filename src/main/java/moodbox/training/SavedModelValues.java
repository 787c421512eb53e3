package moodbox.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Reads the weights of an exported emotion model back, by the variable names its architecture uses. */
public final class SavedModelValues {
    private SavedModelValues() {
    }

    public static Map<String, float[]> read(Path modelDir, Architecture architecture) {
        Set<String> names;
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Parameters params = new Parameters(tf, 0);
            architecture.logits(new Layers(tf, params, false, 0), tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 48, 48, 1))));
            names = params.all().keySet();
        }
        Map<String, float[]> values = new LinkedHashMap<>();
        try (SavedModelBundle bundle = SavedModelBundle.load(modelDir.toString(), "serve")) {
            for (String name : names) {
                try (Result out = bundle.session().runner().fetch(name).run()) {
                    values.put(name, TensorBuffers.read(out.get(0)));
                }
            }
        }
        return values;
    }
}
