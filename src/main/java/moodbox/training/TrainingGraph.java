package moodbox.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import moodbox.emotion.Emotion;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.train.ApplyMomentum;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * One TensorFlow graph that trains a network: a training path (batch statistics, dropout) and an inference
 * path sharing its weights, categorical cross-entropy on one-hot labels, and Adam (or SGD with Nesterov
 * momentum, see {@link Optimizer}) applied to the trainable variables only (gradients from
 * {@link Graph#addGradients}). Checkpoints hold every variable, the optimizer's state included. A graph can also start from given values (to evaluate an average of weights) and
 * re-estimate its batch-norm statistics for them, without dropout.
 */
public final class TrainingGraph implements AutoCloseable {
    static final float BETA1 = 0.9f;
    static final float BETA2 = 0.999f;
    static final float EPSILON = 1e-7f;

    private final Graph graph;
    private final Session session;
    private final Parameters params;
    private final Placeholder<TFloat32> input;
    private final Placeholder<TFloat32> labels;
    private final Placeholder<TFloat32> sampleWeights;
    private final Placeholder<TFloat32> learningRate;
    private final Placeholder<TFloat32> beta1Power;
    private final Placeholder<TFloat32> beta2Power;
    private final Operand<TFloat32> loss;
    private final Operand<TFloat32> trainLogits;
    private final long flops;
    private final long trainedParameters;
    private final Operand<TFloat32> probabilities;
    private final Operand<TFloat32> features;
    private final Op trainStep;
    private final Op batchNormUpdate;
    private final Map<String, Operand<TFloat32>[]> batchNormInputMoments = new LinkedHashMap<>();

    public TrainingGraph(Architecture architecture, long seed, int threads) {
        this(architecture, seed, threads, Map.of());
    }

    /** A graph whose model variables start from {@code values} (name → flat values) when they are given. */
    public TrainingGraph(Architecture architecture, long seed, int threads, Map<String, float[]> values) {
        this(architecture, seed, threads, values, TrainingScope.EVERYTHING);
    }

    /**
     * A graph starting from {@code values} that trains only what {@code scope} says (e.g. fine-tuning a shipped
     * model with frozen batch norms and only its last layers trained).
     */
    public TrainingGraph(Architecture architecture, long seed, int threads, Map<String, float[]> values, TrainingScope scope) {
        this(architecture, seed, threads, values, scope, Optimizer.ADAM);
    }

    /** A graph as above that steps with {@code optimizer}. */
    public TrainingGraph(Architecture architecture, long seed, int threads, Map<String, float[]> values, TrainingScope scope,
                         Optimizer optimizer) {
        graph = new Graph();
        try {
            Ops tf = Ops.create(graph);
            params = values.isEmpty() ? new Parameters(tf, seed) : new Parameters(tf, values);
            input = tf.withName("input").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 48, 48, 1)));
            labels = tf.withName("labels").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, Emotion.COUNT)));
            sampleWeights = tf.withName("sample_weights").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
            learningRate = tf.withName("learning_rate").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
            beta1Power = tf.withName("beta1_power").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
            beta2Power = tf.withName("beta2_power").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));

            Layers trainLayers = new Layers(tf, params, scope.frozenBatchNorms() ? Layers.Mode.FINE_TUNING : Layers.Mode.TRAINING, seed);
            trainLogits = architecture.logits(trainLayers, input);
            flops = 2 * trainLayers.multiplyAdds();
            loss = tf.withName("loss").math.mean(tf.math.mul(
                    tf.nn.softmaxCrossEntropyWithLogits(trainLogits, labels).loss(), sampleWeights), tf.constant(0));
            Layers inference = new Layers(tf, params, Layers.Mode.INFERENCE, seed);
            Architecture.Network network = architecture.network(inference, input);
            probabilities = tf.withName("probabilities").nn.softmax(network.logits());
            features = network.features();
            Operand<org.tensorflow.types.TInt32> pixelsAndBatch = tf.constant(new int[] {0, 1, 2});
            for (var entry : inference.batchNormInputs().entrySet()) {
                @SuppressWarnings("unchecked")
                Operand<TFloat32>[] moments = new Operand[] {tf.math.mean(entry.getValue(), pixelsAndBatch),
                        tf.math.mean(tf.math.square(entry.getValue()), pixelsAndBatch)};
                batchNormInputMoments.put(entry.getKey(), moments);
            }

            List<String> names = params.trainableNames().stream().filter(scope::trains).toList();
            if (names.isEmpty()) {
                throw new IllegalArgumentException("nothing to train: no variable of " + architecture.name() + " is in " + scope);
            }
            trainedParameters = names.stream().mapToLong(n -> Parameters.count(params.shape(n))).sum();
            Output<?>[] vars = names.stream().map(n -> params.all().get(n).asOutput()).toArray(Output[]::new);
            Output<?>[] grads = graph.addGradients(loss.asOutput(), vars);
            List<Op> applied = new ArrayList<>(trainLayers.updates());
            for (int i = 0; i < names.size(); i++) {
                Variable<TFloat32> var = params.all().get(names.get(i));
                long[] shape = params.shape(names.get(i));
                @SuppressWarnings("unchecked")
                Operand<TFloat32> grad = (Operand<TFloat32>) grads[i];
                if (optimizer == Optimizer.NESTEROV) {
                    Variable<TFloat32> momentum = tf.withName(names.get(i) + "_momentum").variable(zeros(tf, shape));
                    applied.add(tf.train.applyMomentum(var, momentum, learningRate, grad, tf.constant(Optimizer.MOMENTUM),
                            ApplyMomentum.useNesterov(true)));
                } else {
                    Variable<TFloat32> m = tf.withName(names.get(i) + "_adam_m").variable(zeros(tf, shape));
                    Variable<TFloat32> v = tf.withName(names.get(i) + "_adam_v").variable(zeros(tf, shape));
                    applied.add(tf.train.applyAdam(var, m, v, beta1Power, beta2Power, learningRate,
                            tf.constant(BETA1), tf.constant(BETA2), tf.constant(EPSILON), grad));
                }
            }
            trainStep = tf.withControlDependencies(applied).withName("train_step").noOp();
            Layers calibration = new Layers(tf, params, Layers.Mode.CALIBRATION, seed);
            architecture.logits(calibration, input);
            batchNormUpdate = tf.withControlDependencies(calibration.updates()).withName("batch_norm_update").noOp();
            ConfigProto config = ConfigProto.newBuilder()
                    .setIntraOpParallelismThreads(threads)
                    .setInterOpParallelismThreads(1)
                    .build();
            session = new Session(graph, config);
            session.initialize();
            if (!values.isEmpty()) {
                params.assignGivenValues(session);
            }
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    private static Operand<TFloat32> zeros(Ops tf, long[] shape) {
        return tf.constant(Shape.of(shape), DataBuffers.of(new float[Math.toIntExact(Parameters.count(shape))], true, false));
    }

    public long parameterCount() {
        return params.trainableCount();
    }

    /** How many of the parameters this graph changes (all of them unless its scope says otherwise). */
    public long trainedParameterCount() {
        return trainedParameters;
    }

    /** Floating-point operations per image of one forward pass (2 per multiply-add). */
    public long flops() {
        return flops;
    }

    /** The outcome of one training step: mean loss and how many faces of the batch were right. */
    public record StepResult(float loss, int correct) {
    }

    /**
     * One optimizer step ({@code step} counts from 1; Adam's bias correction uses it) on the cross-entropy of each face weighted by its label's
     * class weight.
     */
    public StepResult train(BatchSource.Batch batch, ClassWeights classWeights, float lr, long step) {
        try (TFloat32 x = TensorBuffers.faces(batch.inputs(), batch.size());
             TFloat32 y = TensorBuffers.matrix(batch.targets(), batch.size(), Emotion.COUNT);
             TFloat32 w = TFloat32.vectorOf(classWeights.of(batch.labels()));
             TFloat32 rate = TFloat32.scalarOf(lr);
             TFloat32 b1 = TFloat32.scalarOf((float) Math.pow(BETA1, step));
             TFloat32 b2 = TFloat32.scalarOf((float) Math.pow(BETA2, step));
             Result out = session.runner()
                     .feed(input, x).feed(labels, y).feed(sampleWeights, w).feed(learningRate, rate)
                     .feed(beta1Power, b1).feed(beta2Power, b2)
                     .fetch(loss).fetch(trainLogits).addTarget(trainStep).run()) {
            float[] logits = TensorBuffers.read(out.get(1));
            int correct = 0;
            for (int i = 0; i < batch.size(); i++) {
                if (argMax(logits, i * Emotion.COUNT) == batch.labels()[i]) {
                    correct++;
                }
            }
            return new StepResult(((TFloat32) out.get(0)).getFloat(), correct);
        }
    }

    /**
     * Runs the network on a batch with batch statistics and without dropout ({@link Layers.Mode#CALIBRATION})
     * only to move the batch-norm moving statistics towards that batch's statistics; no weight changes.
     */
    public void updateBatchNorm(float[] inputs, int count) {
        try (TFloat32 x = TensorBuffers.faces(inputs, count);
             Result ignored = session.runner().feed(input, x).addTarget(batchNormUpdate).run()) {
            // only the moving statistics change
        }
    }

    /**
     * The mean and variance, per channel, of what each batch norm of the inference path normalises, over
     * {@code faces} as they are (by batch-norm name: {mean, variance}). The inference path computes these
     * with the current moving statistics, so they are what a batch norm sees at inference.
     */
    public Map<String, float[][]> batchNormInputStatistics(FaceDataset faces, int batchSize) {
        Map<String, double[][]> sums = new LinkedHashMap<>();
        BatchSource batches = new BatchSource(faces, batchSize, null, 0);
        for (int b = 0; b < batches.batchCount(); b++) {
            BatchSource.Batch batch = batches.batch(b);
            var runner = session.runner();
            try (TFloat32 x = TensorBuffers.faces(batch.inputs(), batch.size())) {
                runner.feed(input, x);
                batchNormInputMoments.values().forEach(m -> runner.fetch(m[0]).fetch(m[1]));
                try (Result out = runner.run()) {
                    int k = 0;
                    for (String name : batchNormInputMoments.keySet()) {
                        float[] mean = TensorBuffers.read(out.get(k++));
                        float[] square = TensorBuffers.read(out.get(k++));
                        double[][] sum = sums.computeIfAbsent(name, n -> new double[2][mean.length]);
                        for (int c = 0; c < mean.length; c++) {
                            sum[0][c] += (double) mean[c] * batch.size();
                            sum[1][c] += (double) square[c] * batch.size();
                        }
                    }
                }
            }
        }
        Map<String, float[][]> statistics = new LinkedHashMap<>();
        sums.forEach((name, sum) -> {
            float[][] meanAndVariance = new float[2][sum[0].length];
            for (int c = 0; c < sum[0].length; c++) {
                double mean = sum[0][c] / faces.size();
                meanAndVariance[0][c] = (float) mean;
                meanAndVariance[1][c] = (float) Math.max(0, sum[1][c] / faces.size() - mean * mean);
            }
            statistics.put(name, meanAndVariance);
        });
        return statistics;
    }

    static int argMax(float[] rows, int offset) {
        int best = 0;
        for (int c = 1; c < Emotion.COUNT; c++) {
            if (rows[offset + c] > rows[offset + best]) {
                best = c;
            }
        }
        return best;
    }

    /** Inference-path probabilities, {@code count} rows of seven. */
    public float[] predict(float[] inputs, int count) {
        try (TFloat32 x = TensorBuffers.faces(inputs, count);
             Result out = session.runner().feed(input, x).fetch(probabilities).run()) {
            return TensorBuffers.read(out.get(0));
        }
    }

    /** Inference-path {@link Architecture.Network#features} of {@code faces} as they are (not augmented), a row per face. */
    public float[][] features(FaceDataset faces) {
        float[][] rows = new float[faces.size()][];
        BatchSource batches = new BatchSource(faces, 64, null, 0);
        int row = 0;
        for (int b = 0; b < batches.batchCount(); b++) {
            BatchSource.Batch batch = batches.batch(b);
            try (TFloat32 x = TensorBuffers.faces(batch.inputs(), batch.size());
                 Result out = session.runner().feed(input, x).fetch(features).run()) {
                float[] flat = TensorBuffers.read(out.get(0));
                int dims = flat.length / batch.size();
                for (int i = 0; i < batch.size(); i++) {
                    rows[row++] = java.util.Arrays.copyOfRange(flat, i * dims, (i + 1) * dims);
                }
            }
        }
        return rows;
    }

    public void save(Path prefix) {
        session.save(prefix.toString());
    }

    public void restore(Path prefix) {
        session.restore(prefix.toString());
    }

    /** Current values of the model's own variables (weights and batch-norm statistics, not Adam's). */
    public Map<String, float[]> values() {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (var entry : params.all().entrySet()) {
            try (Result out = session.runner().fetch(entry.getValue()).run()) {
                values.put(entry.getKey(), TensorBuffers.read(out.get(0)));
            }
        }
        return values;
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
