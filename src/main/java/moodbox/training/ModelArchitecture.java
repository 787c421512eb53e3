package moodbox.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tensorflow.SavedModelBundle;

/**
 * Which {@link Architecture} an exported emotion model has: the {@code architecture} of its {@code metrics.json}
 * (shipped and adapted models have one), otherwise told by its variables ({@code fc1_w} is cnn's, {@code head_w}
 * lite's).
 */
public final class ModelArchitecture {
    private ModelArchitecture() {
    }

    public static Architecture of(Path modelDir) {
        if (!Files.isRegularFile(modelDir.resolve("saved_model.pb"))) {
            throw new IllegalArgumentException("no emotion model in " + modelDir + " (expected a SavedModel with saved_model.pb, e.g. model/emotion-lite)");
        }
        Path metrics = modelDir.resolve("metrics.json");
        if (Files.isRegularFile(metrics)) {
            try {
                JsonNode name = new ObjectMapper().readTree(metrics.toFile()).get("architecture");
                if (name != null && name.isTextual()) {
                    return Architecture.named(name.asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + metrics + ": " + e.getMessage(), e);
            }
        }
        try (SavedModelBundle bundle = SavedModelBundle.load(modelDir.toString(), "serve")) {
            if (bundle.graph().operation("fc1_w") != null) {
                return Architecture.named("cnn");
            }
            if (bundle.graph().operation("head_w") != null) {
                return Architecture.named("lite");
            }
        }
        throw new IllegalArgumentException(modelDir + " is neither an emotion-cnn nor an emotion-lite model (no fc1_w or head_w variable)");
    }
}
