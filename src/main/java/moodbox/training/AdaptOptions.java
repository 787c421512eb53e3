package moodbox.training;

import java.util.List;
import java.util.Locale;

/**
 * How {@code adapt} fine-tunes a model on a few corrected faces: passes over the faces, seed, Adam's learning
 * rate, the weight of the original model's opinion in the targets (distillation), which layers change, the
 * threads TensorFlow may use, and how often a demo face it anchors on is shown through a random cheap camera
 * ({@code anchorCamera}, see {@link Adapter}), and whether the adapted model remembers its corrected faces
 * ({@code memory}, a {@link CorrectionMemory}). {@link #defaults} are the settings measured in README "Learns
 * its household".
 */
public record AdaptOptions(int epochs, long seed, float learningRate, float teacherWeight, TrainedLayers layers, int threads,
                           double anchorCamera, boolean memory) {
    /** Which layers a fine-tuning changes; everything else keeps the shipped values. */
    public enum TrainedLayers {
        /** Every layer (batch norms frozen either way). */
        ALL,
        /** The last stage and the classifier head: {@code b4} and {@code head} of lite, {@code s4}, {@code fc1} and {@code out} of cnn. */
        LAST;

        List<String> prefixes(Architecture architecture) {
            if (this == ALL) {
                return List.of("");
            }
            return architecture.name().equals("cnn") ? List.of("s4", "fc1", "out") : List.of("b4", "head");
        }

        static TrainedLayers named(String name) {
            for (TrainedLayers l : values()) {
                if (l.name().equalsIgnoreCase(name)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("--layers must be all or last, not '" + name + "'");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The measured defaults for a model of {@code architecture}: 24 passes, distillation weight 0.7, every layer,
     * one thread, three quarters of the anchor faces through a random camera (the lite's adapted network then
     * read a pretend household's other faces 9–10 points better than before, against 6–8 with half; README
     * "Learns its household", session 12), the corrected faces remembered (the corrected
     * looks seen again then read 27 to 54 points better than by the adapted network alone, at 0 to 0.2 points on
     * everyone else, with the memory's margin of session 12), and Adam's learning rate 3e-4 for lite but
     * 1e-4 for cnn (Adam moves every weight by about the learning rate per step whatever its scale, and cnn's
     * 590 k fully connected weights are small: at 3e-4 it lost 4.8 points on everyone else, at 1e-4 2.6; README
     * "Learns its household").
     */
    public static AdaptOptions defaults(Architecture architecture) {
        boolean cnn = architecture.name().equals("cnn");
        return new AdaptOptions(24, 42, cnn ? 1e-4f : 3e-4f, 0.7f, TrainedLayers.ALL, 1, 0.75, true);
    }

    public AdaptOptions {
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1");
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("--lr must be positive");
        }
        if (!(teacherWeight >= 0 && teacherWeight <= 1)) {
            throw new IllegalArgumentException("--teacher-weight must be between 0 and 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        if (!(anchorCamera >= 0 && anchorCamera <= 1)) {
            throw new IllegalArgumentException("--anchor-camera must be between 0 and 1 (the share of anchor faces shown through a random camera)");
        }
    }
}
