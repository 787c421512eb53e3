package moodbox.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import moodbox.emotion.Emotion;
import moodbox.emotion.tf.SavedModelClassifier;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Writes a trained network as a TensorFlow SavedModel with a {@code serving_default} signature
 * ({@code input}: N×48×48×1 floats in [0, 1] → {@code probabilities}: N×7), built from the inference path
 * only with its batch norms folded into the convolutions, plus {@code labels.txt}. Optimizer state stays
 * behind, so the model is small.
 */
public final class ModelExporter {
    private ModelExporter() {
    }

    public static void export(Architecture architecture, Map<String, float[]> values, Path dir) throws IOException {
        export(architecture, values, Optional.empty(), dir);
    }

    /** The same, with the network's probabilities passed through a {@link CorrectionMemory} when one is given. */
    static void export(Architecture architecture, Map<String, float[]> values, Optional<CorrectionMemory> memory, Path dir) throws IOException {
        Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp");
        deleteRecursively(tmp);
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Placeholder<TFloat32> input = tf.withName(SavedModelClassifier.INPUT)
                    .placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 48, 48, 1)));
            Parameters params = new Parameters(tf, BatchNormFolding.fold(values));
            Architecture.Network network = architecture.network(new Layers(tf, params, Layers.Mode.FOLDED, 0), input);
            Operand<TFloat32> read = tf.nn.softmax(network.logits());
            if (memory.isPresent()) {
                read = memory.get().recall(tf, read, network.features());
            }
            Operand<TFloat32> probabilities = tf.withName(SavedModelClassifier.OUTPUT).identity(read);
            try (Session session = new Session(graph)) {
                params.assignGivenValues(session);
                Signature signature = Signature.builder().key(Signature.DEFAULT_KEY)
                        .input(SavedModelClassifier.INPUT, input)
                        .output(SavedModelClassifier.OUTPUT, probabilities)
                        .build();
                SavedModelBundle.exporter(tmp.toString()).withSession(session).withSignature(signature).export();
            }
        }
        Files.writeString(tmp.resolve("labels.txt"), Arrays.stream(Emotion.values()).map(Emotion::label)
                .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        // Replace the previous export only once the new one is complete.
        Path old = dir.resolveSibling(dir.getFileName() + ".old");
        deleteRecursively(old);
        if (Files.exists(dir)) {
            Files.move(dir, old);
        }
        Files.move(tmp, dir);
        deleteRecursively(old);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
