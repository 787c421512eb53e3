package moodbox.emotion.tf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.EmotionScores;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.GrayImage;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;
import org.tensorflow.types.TFloat32;

/**
 * Runs a Moodbox emotion SavedModel ({@code serving_default}: {@code input} N×48×48×1 →
 * {@code probabilities} N×7). Loaded once and checked with one inference on a plain grey face, so that a
 * model that cannot work (e.g. a folder without its {@code variables/}) fails at load and not on every
 * frame. Safe to call from several threads; {@link #close()} releases the native session and graph.
 */
public final class SavedModelClassifier implements EmotionClassifier {
    public static final String INPUT = "input";
    public static final String OUTPUT = "probabilities";

    private final SavedModelBundle bundle;
    private final SessionFunction function;
    private volatile boolean closed;

    private SavedModelClassifier(SavedModelBundle bundle) {
        this.bundle = bundle;
        this.function = bundle.function("serving_default");
    }

    /** Loads a model with TensorFlow using one thread per call (the Pi-friendly default). */
    public static SavedModelClassifier load(Path modelDir) {
        return load(modelDir, 1);
    }

    public static SavedModelClassifier load(Path modelDir, int threads) {
        if (!Files.isRegularFile(modelDir.resolve("saved_model.pb"))) {
            throw new IllegalArgumentException("no emotion model in " + modelDir + " (expected a SavedModel with saved_model.pb)");
        }
        // Grappler off: its MLIR pass (mlir::tfg::TFGGrapplerOptimizer) calls into LLVM, and once the screen is
        // up Mesa has loaded the system's libLLVM-15, whose symbols TensorFlow's calls then bind to: the JVM
        // died with SIGSEGV in llvm::raw_ostream on a cold first start with a display (issue 13, fault 1;
        // ColdStartWithDisplayTest). The models are small feed-forward graphs, so the rewrites gain nothing
        // measurable (README "Emotion model", bench).
        ConfigProto config = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(threads)
                .setInterOpParallelismThreads(1)
                .setGraphOptions(GraphOptions.newBuilder()
                        .setRewriteOptions(RewriterConfig.newBuilder().setDisableMetaOptimizer(true)))
                .build();
        SavedModelBundle bundle;
        try {
            bundle = SavedModelBundle.loader(modelDir.toString()).withTags("serve").withConfigProto(config).load();
        } catch (RuntimeException e) {
            throw unusable(modelDir, e);
        }
        SavedModelClassifier classifier;
        try {
            classifier = new SavedModelClassifier(bundle);
            classifier.check();
        } catch (RuntimeException e) {
            bundle.close();
            throw unusable(modelDir, e);
        }
        return classifier;
    }

    /** One inference on a plain grey face: seven probabilities between 0 and 1 that add up to 1. */
    private void check() {
        float[] grey = new float[FacePreprocessing.PIXELS];
        FacePreprocessing.toModelInput(new GrayImage(48, 48, filled(48 * 48, (byte) 128)), grey, 0);
        float[] p = probabilities(grey, 1);
        double sum = 0;
        for (float v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalStateException("it gives " + v + " as a probability for a plain grey face");
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > 1e-3) {
            throw new IllegalStateException("its probabilities for a plain grey face add up to " + sum + ", not 1");
        }
    }

    private static byte[] filled(int n, byte value) {
        byte[] bytes = new byte[n];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }

    private static IllegalArgumentException unusable(Path modelDir, RuntimeException e) {
        String what = Files.isDirectory(modelDir.resolve("variables"))
                ? "cannot be used: " + firstLine(e)
                : "has no variables/ folder (the trained weights next to saved_model.pb)";
        return new IllegalArgumentException("the emotion model in " + modelDir + " " + what
                + "; copy the whole model folder again (saved_model.pb with its variables/ folder, as shipped in model/)",
                e);
    }

    private static String firstLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public List<EmotionScores> classifyAll(List<GrayImage> faces) {
        if (closed) {
            throw new IllegalStateException("the emotion model is closed");
        }
        if (faces.isEmpty()) {
            return List.of();
        }
        float[] inputs = new float[faces.size() * FacePreprocessing.PIXELS];
        for (int i = 0; i < faces.size(); i++) {
            FacePreprocessing.toModelInput(faces.get(i), inputs, i * FacePreprocessing.PIXELS);
        }
        float[] probs = probabilities(inputs, faces.size());
        List<EmotionScores> scores = new ArrayList<>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            float[] row = new float[Emotion.COUNT];
            System.arraycopy(probs, i * Emotion.COUNT, row, 0, Emotion.COUNT);
            scores.add(new EmotionScores(row));
        }
        return scores;
    }

    /** The model's output for {@code count} faces already in model-input form (N×48×48×1, row-major): N×7 floats. */
    public float[] probabilities(float[] inputs, int count) {
        if (closed) {
            throw new IllegalStateException("the emotion model is closed");
        }
        float[] probs = new float[count * Emotion.COUNT];
        try (TFloat32 x = TFloat32.tensorOf(Shape.of(count, 48, 48, 1), DataBuffers.of(inputs, true, false));
             Result out = function.call(Map.of(INPUT, x))) {
            ((TFloat32) out.get(OUTPUT).orElseThrow()).copyTo(DataBuffers.of(probs, false, false));
        }
        return probs;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            bundle.close();
        }
    }
}
