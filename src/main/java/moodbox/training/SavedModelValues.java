package moodbox.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;

/**
 * Reads the weights of an exported emotion model back, by the variable names its architecture uses. An
 * export's batch norms are folded into its convolutions, so their scale and statistics come back as the
 * identity (scale 1, mean 0, variance 1 − ε): exporting the values again gives the same model.
 */
public final class SavedModelValues {
    private SavedModelValues() {
    }

    public static Map<String, float[]> read(Path modelDir, Architecture architecture) {
        List<String> names = NetworkStats.of(architecture).variableNames();
        Map<String, float[]> stored = new LinkedHashMap<>();
        try (SavedModelBundle bundle = SavedModelBundle.load(modelDir.toString(), "serve")) {
            for (String name : names) {
                if (bundle.graph().operation(name) != null) {
                    try (Result out = bundle.session().runner().fetch(name).run()) {
                        stored.put(name, TensorBuffers.read(out.get(0)));
                    }
                }
            }
        }
        Map<String, float[]> values = new LinkedHashMap<>();
        for (String name : names) {
            float[] value = stored.get(name);
            if (value == null) {
                float[] offset = stored.get(BatchNormFolding.layerOf(name) + "_beta");
                if (offset == null) {
                    throw new IllegalStateException(modelDir + " has no variable " + name + ": not a " + architecture.name() + " model");
                }
                value = BatchNormFolding.identity(name, offset.length);
            }
            values.put(name, value);
        }
        return values;
    }
}
