package moodbox.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.Session;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The model's variables by name. A name asked for twice returns the same variable, so the training and
 * inference paths of one graph share weights. Initial values come from a seeded generator (He-normal for
 * weights) or, when exporting, from values read out of a trained session.
 */
public final class Parameters {
    private final Ops tf;
    private final Random random;
    private final Map<String, float[]> givenValues;
    private final Map<String, Variable<TFloat32>> variables = new LinkedHashMap<>();
    private final Map<String, long[]> shapes = new LinkedHashMap<>();
    private final List<String> trainable = new ArrayList<>();
    private final Map<String, Assign<TFloat32>> assignments = new LinkedHashMap<>();
    private final Map<String, Placeholder<TFloat32>> feeds = new LinkedHashMap<>();

    /** Fresh parameters initialised from {@code seed}. */
    public Parameters(Ops tf, long seed) {
        this(tf, seed, Map.of());
    }

    /** Parameters whose initial values are taken from {@code values} (name → flat values). */
    public Parameters(Ops tf, Map<String, float[]> values) {
        this(tf, 0, values);
    }

    private Parameters(Ops tf, long seed, Map<String, float[]> values) {
        this.tf = tf;
        this.random = new Random(seed);
        this.givenValues = values;
    }

    /** A trainable weight with He-normal initial values for the given fan-in. */
    public Variable<TFloat32> weight(String name, long fanIn, long... shape) {
        return create(name, shape, true, () -> heNormal(fanIn, count(shape)));
    }

    /** A trainable vector filled with {@code value} (biases, batch-norm scale and offset). */
    public Variable<TFloat32> filled(String name, float value, long length) {
        return create(name, new long[] {length}, true, () -> fill(value, length));
    }

    /** A non-trainable vector filled with {@code value} (batch-norm moving statistics). */
    public Variable<TFloat32> state(String name, float value, long length) {
        return create(name, new long[] {length}, false, () -> fill(value, length));
    }

    /** Sets every variable to its stored value (for parameters made from stored values). */
    public void assignGivenValues(Session session) {
        for (var entry : assignments.entrySet()) {
            long[] shape = shapes.get(entry.getKey());
            try (TFloat32 value = TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(givenValues.get(entry.getKey()), true, false))) {
                session.runner().feed(feeds.get(entry.getKey()), value).addTarget(entry.getValue()).run().close();
            }
        }
    }

    public Map<String, Variable<TFloat32>> all() {
        return variables;
    }

    public List<String> trainableNames() {
        return trainable;
    }

    public long[] shape(String name) {
        return shapes.get(name);
    }

    public long trainableCount() {
        return trainable.stream().mapToLong(n -> count(shapes.get(n))).sum();
    }

    private Variable<TFloat32> create(String name, long[] shape, boolean isTrainable, java.util.function.Supplier<float[]> init) {
        Variable<TFloat32> existing = variables.get(name);
        if (existing != null) {
            return existing;
        }
        Variable<TFloat32> variable;
        if (givenValues.isEmpty()) {
            var constant = tf.withName(name + "_init").constant(Shape.of(shape), DataBuffers.of(init.get(), true, false));
            variable = tf.withName(name).variable(constant);
        } else {
            // Stored values are fed in once (see assignGivenValues), so they are not also kept in the graph.
            float[] values = givenValues.get(name);
            if (values == null || values.length != count(shape)) {
                throw new IllegalStateException("no stored values of shape " + Arrays.toString(shape) + " for " + name);
            }
            variable = tf.withName(name).variable(Shape.of(shape), TFloat32.class);
            Placeholder<TFloat32> feed = tf.withName(name + "_value").placeholder(TFloat32.class, Placeholder.shape(Shape.of(shape)));
            assignments.put(name, tf.withName(name + "_assign").assign(variable, feed));
            feeds.put(name, feed);
        }
        variables.put(name, variable);
        shapes.put(name, shape);
        if (isTrainable) {
            trainable.add(name);
        }
        return variable;
    }

    private float[] heNormal(long fanIn, long count) {
        double std = Math.sqrt(2.0 / fanIn);
        float[] values = new float[Math.toIntExact(count)];
        for (int i = 0; i < values.length; i++) {
            double g;
            do {
                g = random.nextGaussian();
            } while (Math.abs(g) > 2); // truncated normal
            values[i] = (float) (g * std);
        }
        return values;
    }

    private static float[] fill(float value, long length) {
        float[] values = new float[Math.toIntExact(length)];
        Arrays.fill(values, value);
        return values;
    }

    static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
