package moodbox.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;

/** Reads the weights of an exported emotion model back, by the variable names its architecture uses. */
public final class SavedModelValues {
    private SavedModelValues() {
    }

    public static Map<String, float[]> read(Path modelDir, Architecture architecture) {
        Map<String, float[]> values = new LinkedHashMap<>();
        try (SavedModelBundle bundle = SavedModelBundle.load(modelDir.toString(), "serve")) {
            for (String name : NetworkStats.of(architecture).variableNames()) {
                try (Result out = bundle.session().runner().fetch(name).run()) {
                    values.put(name, TensorBuffers.read(out.get(0)));
                }
            }
        }
        return values;
    }
}
