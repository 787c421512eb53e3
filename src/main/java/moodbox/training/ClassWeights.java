package moodbox.training;

import java.util.Arrays;
import java.util.Locale;
import moodbox.emotion.Emotion;

/**
 * How much each emotion's faces count in the training loss ({@code --class-weights}). {@code none} weighs every
 * face 1; {@code inverse-sqrt} weighs a class by 1/√(its number of training faces), scaled so that the mean
 * weight over the training faces stays 1 (the learning rate keeps its meaning). On FER2013 that makes a
 * Disgust face count about four times a Happy one, instead of the 17 times of plain inverse frequency.
 */
public final class ClassWeights {
    private final String name;
    private final float[] weights;

    private ClassWeights(String name, float[] weights) {
        this.name = name;
        this.weights = weights;
    }

    public static ClassWeights none() {
        float[] ones = new float[Emotion.COUNT];
        Arrays.fill(ones, 1f);
        return new ClassWeights("none", ones);
    }

    /** Inverse square root of each class's frequency in {@code counts}; a class without faces gets 0. */
    public static ClassWeights inverseSqrtFrequency(int[] counts) {
        double total = 0;
        double rootSum = 0;
        for (int count : counts) {
            total += count;
            rootSum += Math.sqrt(count);
        }
        float[] weights = new float[counts.length];
        for (int c = 0; c < counts.length; c++) {
            weights[c] = counts[c] == 0 ? 0f : (float) (total / rootSum / Math.sqrt(counts[c]));
        }
        return new ClassWeights("inverse-sqrt", weights);
    }

    /** The weights {@code --class-weights NAME} asks for, computed from the training faces' class counts. */
    public static ClassWeights named(String name, int[] trainingCounts) {
        return switch (name) {
            case "none" -> none();
            case "inverse-sqrt" -> inverseSqrtFrequency(trainingCounts);
            default -> throw new IllegalArgumentException("--class-weights must be none or inverse-sqrt, not '" + name + "'");
        };
    }

    public float weight(int label) {
        return weights[label];
    }

    /** One weight per face: that of its label. */
    public float[] of(int[] labels) {
        float[] perFace = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            perFace[i] = weights[labels[i]];
        }
        return perFace;
    }

    /** E.g. {@code inverse-sqrt (Angry 1.06, Disgust 3.20, …)}. */
    public String summary() {
        StringBuilder s = new StringBuilder(name).append(" (");
        for (Emotion e : Emotion.values()) {
            s.append(e.index() == 0 ? "" : ", ").append(e.label()).append(String.format(Locale.ROOT, " %.2f", weights[e.index()]));
        }
        return s.append(')').toString();
    }
}
