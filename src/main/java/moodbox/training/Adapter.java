package moodbox.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import moodbox.camera.sim.SampleFaces;
import moodbox.emotion.Emotion;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.image.GrayImage;

/**
 * Fine-tunes a copy of a trained emotion model (a shipped one or an earlier adaptation) on a few labelled faces
 * and writes the result as a SavedModel with {@code metrics.json} and {@code MODEL_CARD.md}. The graph starts
 * from the model's own weights with its batch norms frozen; every step sees augmented faces, and the targets
 * mix the corrected label with the ORIGINAL model's probabilities for that same augmented face (distillation).
 * To keep what the model knew about everyone else, every step also shows it {@link #ANCHORS_PER_STEP} augmented
 * demo faces (the 20 FER2013 samples the jar already carries, {@link SampleFaces}) with the original model's
 * probabilities as their only target. A share of them ({@link AdaptOptions#anchorCamera}) is shown through a
 * random cheap camera ({@link Augmenter#throughCamera}: tone, contrast, blur, noise) while the target stays the
 * original model's opinion of the clear face, so the model also learns to read a poor camera's faces as it reads
 * clear ones: a household's corrected faces come from its own camera, which is what most often misleads a model
 * trained on clear web photos (README "Learns its household"). No other data is needed: the box carries only the
 * corrected faces.
 */
public final class Adapter {
    static final int BATCH = 16;
    static final double AUGMENTATION = 1.0;
    static final int ANCHORS_PER_STEP = 16;

    private final AdaptOptions options;
    private final PrintStream console;

    public Adapter(AdaptOptions options, PrintStream console) {
        this.options = options;
        this.console = console;
    }

    /** What one adaptation did. */
    public record Result(Path model, String architecture, int faces, int steps, long trainedParameters, double seconds,
                         double accuracyBefore, double accuracyAfter, int rememberedFaces, float memoryLikeness, float memoryMargin) {
    }

    /**
     * Adapts {@code modelDir} on {@code faces} into {@code out}, which must be a new or empty folder or an earlier
     * adaptation (it is replaced), never the model itself.
     */
    public Result adapt(Path modelDir, FaceDataset faces, Path out) throws IOException {
        Architecture architecture = ModelArchitecture.of(modelDir);
        checkOut(modelDir, out);
        long started = System.nanoTime();
        TrainingScope scope = TrainingScope.fineTuning(options.layers().prefixes(architecture));
        int steps = 0;
        long trained;
        double before;
        double after;
        Map<String, float[]> values;
        Optional<CorrectionMemory> memory;
        try (TrainingGraph graph = new TrainingGraph(architecture, options.seed(), options.threads(),
                SavedModelValues.read(modelDir, architecture), scope);
             Distiller teacher = new Distiller(modelDir, options.teacherWeight(), options.threads())) {
            trained = graph.trainedParameterCount();
            before = Trainer.validate(graph, faces)[1];
            console.printf("adapting %s (%s, %,d of %,d parameters trained) on %s%n", modelDir, architecture.name(),
                    graph.trainedParameterCount(), graph.parameterCount(), faces.summary());
            FaceDataset anchors = demoFaces();
            SplittableRandom anchorRandom = new SplittableRandom(options.seed());
            BatchSource anchorBatches = null;
            int anchorBatch = 0;
            for (int epoch = 1; epoch <= options.epochs(); epoch++) {
                BatchSource batches = new BatchSource(faces, BATCH,
                        new SplittableRandom(options.seed() * 1_000_003L + epoch), AUGMENTATION);
                for (int b = 0; b < batches.batchCount(); b++) {
                    if (anchorBatches == null || anchorBatch == anchorBatches.batchCount()) {
                        anchorBatches = new BatchSource(anchors, ANCHORS_PER_STEP, anchorRandom.split(), AUGMENTATION, options.anchorCamera());
                        anchorBatch = 0;
                    }
                    BatchSource.Batch step = join(teacher.soften(batches.batch(b)), teacher.soften(anchorBatches.batch(anchorBatch++), 1f));
                    TrainingGraph.StepResult result = graph.train(step, ClassWeights.none(), options.learningRate(), ++steps);
                    if (!Float.isFinite(result.loss())) {
                        throw new IllegalStateException("adaptation diverged (loss " + result.loss() + ") at epoch " + epoch
                                + "; try a smaller --lr");
                    }
                }
            }
            values = graph.values();
            memory = options.memory() ? CorrectionMemory.of(graph, faces) : Optional.empty();
        }
        ModelExporter.export(architecture, values, memory, out);
        try (SavedModelClassifier adapted = SavedModelClassifier.load(out, options.threads())) {
            after = Evaluator.evaluate(adapted, faces, false).accuracy();
        }
        memory.ifPresent(m -> console.printf("remembers its %d corrected faces (a face is read as one of them when more alike it than %.3f"
                + " and nearer its emotion than the next by %.3f)%n", m.size(), m.likeness(), m.margin()));
        double seconds = (System.nanoTime() - started) / 1e9;
        Result result = new Result(out, architecture.name(), faces.size(), steps, trained, seconds, before, after,
                memory.map(CorrectionMemory::size).orElse(0), memory.map(CorrectionMemory::likeness).orElse(Float.NaN),
                memory.map(CorrectionMemory::margin).orElse(Float.NaN));
        writeMetrics(modelDir, faces, result);
        console.printf("adapted in %.1f s (%d steps): accuracy on its own %d faces %.1f%% -> %.1f%%; model in %s%n", seconds, steps,
                faces.size(), 100 * before, 100 * after, out);
        return result;
    }

    private static void checkOut(Path modelDir, Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        if (Files.isSameFile(out, modelDir)) {
            throw new IllegalArgumentException("--out " + out + " is the model being adapted; choose a new folder (the original must stay as it is)");
        }
        boolean empty;
        try (var children = Files.list(out)) {
            empty = children.findAny().isEmpty();
        }
        Path metrics = out.resolve("metrics.json");
        boolean adapted = Files.isRegularFile(metrics) && new ObjectMapper().readTree(metrics.toFile()).has("adaptedFrom");
        if (!empty && !adapted) {
            throw new IllegalArgumentException("--out " + out + " already holds files that are not an adapted model; choose a new or empty folder");
        }
    }

    /** The demo faces shipped in the jar, as a dataset (their labels are not used: the original model's opinion is their target). */
    static FaceDataset demoFaces() {
        List<byte[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (var entry : SampleFaces.load().entrySet()) {
            for (GrayImage face : entry.getValue()) {
                images.add(face.pixels());
                labels.add(entry.getKey().index());
            }
        }
        return new FaceDataset(images, labels.stream().mapToInt(Integer::intValue).toArray(), 0);
    }

    private static BatchSource.Batch join(BatchSource.Batch a, BatchSource.Batch b) {
        float[] inputs = java.util.Arrays.copyOf(a.inputs(), a.inputs().length + b.inputs().length);
        System.arraycopy(b.inputs(), 0, inputs, a.inputs().length, b.inputs().length);
        float[] targets = java.util.Arrays.copyOf(a.targets(), a.targets().length + b.targets().length);
        System.arraycopy(b.targets(), 0, targets, a.targets().length, b.targets().length);
        int[] labels = java.util.Arrays.copyOf(a.labels(), a.size() + b.size());
        System.arraycopy(b.labels(), 0, labels, a.size(), b.size());
        return new BatchSource.Batch(a.size() + b.size(), inputs, targets, labels);
    }

    private void writeMetrics(Path modelDir, FaceDataset faces, Result result) throws IOException {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("model", result.model().getFileName().toString());
        metrics.put("architecture", result.architecture());
        metrics.put("adaptedFrom", modelDir.toString());
        metrics.put("faces", faces.size());
        Map<String, Integer> perEmotion = new LinkedHashMap<>();
        for (Emotion e : Emotion.values()) {
            perEmotion.put(e.label(), faces.classCounts()[e.index()]);
        }
        metrics.put("facesPerEmotion", perEmotion);
        metrics.put("epochs", options.epochs());
        metrics.put("steps", result.steps());
        metrics.put("seed", options.seed());
        metrics.put("learningRate", options.learningRate());
        metrics.put("teacherWeight", options.teacherWeight());
        metrics.put("layers", options.layers().toString());
        metrics.put("anchorCamera", options.anchorCamera());
        metrics.put("rememberedFaces", result.rememberedFaces());
        if (result.rememberedFaces() > 0) {
            metrics.put("memoryLikeness", Math.round(result.memoryLikeness() * 1000) / 1000.0);
            metrics.put("memoryMargin", Math.round(result.memoryMargin() * 1000) / 1000.0);
        }
        metrics.put("trainedParameters", result.trainedParameters());
        metrics.put("threads", options.threads());
        metrics.put("seconds", Math.round(result.seconds() * 10) / 10.0);
        metrics.put("accuracyOnItsFacesBefore", result.accuracyBefore());
        metrics.put("accuracyOnItsFacesAfter", result.accuracyAfter());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(result.model().resolve("metrics.json").toFile(), metrics);
        Files.writeString(result.model().resolve("MODEL_CARD.md"), AdaptedModelCard.render(modelDir, options, result),
                StandardCharsets.UTF_8);
    }
}
