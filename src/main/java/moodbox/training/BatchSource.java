package moodbox.training;

import java.util.SplittableRandom;
import moodbox.emotion.Emotion;
import moodbox.emotion.FacePreprocessing;

/**
 * Cuts a dataset into batches of model input (N×48×48×1 floats) and one-hot targets (N×7). With a random
 * source it shuffles and augments (training) at the given {@link Augmenter} strength, and shows each face
 * through a random camera ({@link Augmenter#throughCamera}) with probability {@code camera}; without one it
 * keeps order and leaves faces as they are.
 */
public final class BatchSource {
    private final FaceDataset data;
    private final int batchSize;
    private final SplittableRandom random;
    private final double augmentation;
    private final double camera;
    private final int[] order;

    public BatchSource(FaceDataset data, int batchSize, SplittableRandom randomOrNull, double augmentation) {
        this(data, batchSize, randomOrNull, augmentation, 0);
    }

    public BatchSource(FaceDataset data, int batchSize, SplittableRandom randomOrNull, double augmentation, double camera) {
        if (!(camera >= 0 && camera <= 1)) {
            throw new IllegalArgumentException("the camera probability must be between 0 and 1, not " + camera);
        }
        this.data = data;
        this.camera = camera;
        this.batchSize = batchSize;
        this.random = randomOrNull;
        this.augmentation = augmentation;
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (random != null) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
    }

    public int batchCount() {
        return (data.size() + batchSize - 1) / batchSize;
    }

    public Batch batch(int index) {
        int start = index * batchSize;
        int n = Math.min(batchSize, data.size() - start);
        float[] inputs = new float[n * FacePreprocessing.PIXELS];
        float[] teacherInputs = camera > 0 && random != null ? new float[inputs.length] : inputs;
        float[] oneHot = new float[n * Emotion.COUNT];
        int[] labels = new int[n];
        for (int k = 0; k < n; k++) {
            int i = order[start + k];
            var face = random == null ? data.image(i) : Augmenter.augment(data.image(i), random, augmentation);
            if (teacherInputs != inputs) {
                FacePreprocessing.toModelInput(face, teacherInputs, k * FacePreprocessing.PIXELS);
                if (random.nextDouble() < camera) {
                    face = Augmenter.throughCamera(face, random);
                }
            }
            FacePreprocessing.toModelInput(face, inputs, k * FacePreprocessing.PIXELS);
            labels[k] = data.label(i);
            oneHot[k * Emotion.COUNT + labels[k]] = 1f;
        }
        return new Batch(n, inputs, oneHot, labels, teacherInputs);
    }

    /**
     * One batch: {@code size} faces, their model inputs, training targets (one-hot labels, or soft targets
     * when a {@link Distiller} has mixed in a teacher's opinion) and label indices. {@code teacherInputs} are
     * the same faces before the camera step, for the teacher to judge (the very {@code inputs} when there was none):
     * a teacher that sees the face clearly tells the student what a blurred, noisy copy of it shows.
     */
    public record Batch(int size, float[] inputs, float[] targets, int[] labels, float[] teacherInputs) {
        public Batch(int size, float[] inputs, float[] targets, int[] labels) {
            this(size, inputs, targets, labels, inputs);
        }

        /** The batch with label smoothing: targets {@code (1 − epsilon)·targets + epsilon/7} (0: unchanged). */
        public Batch smoothed(float epsilon) {
            if (epsilon == 0) {
                return this;
            }
            float[] mixed = new float[targets.length];
            for (int i = 0; i < targets.length; i++) {
                mixed[i] = (1 - epsilon) * targets[i] + epsilon / Emotion.COUNT;
            }
            return new Batch(size, inputs, mixed, labels, teacherInputs);
        }
    }
}
