package moodbox.training;

import java.util.Locale;

/**
 * How the learning rate moves from epoch to epoch. {@code plateau} halves it whenever validation accuracy
 * stalls; {@code cosine} follows half a cosine wave from {@code --lr} at epoch 1 down to the minimum at
 * {@code --epochs}, a pure function of the epoch, so a resumed run (or a run resumed with a new schedule)
 * lands on the same curve; {@code constant} keeps {@code --lr} (e.g. for the epochs of a weight average).
 */
public enum LearningRateSchedule {
    PLATEAU,
    COSINE,
    CONSTANT;

    public static LearningRateSchedule named(String name) {
        for (LearningRateSchedule s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("--schedule must be plateau, cosine or constant, not '" + name + "'");
    }

    /** The cosine rate for an epoch (1-based) of a run of {@code epochs} epochs starting at {@code base}. */
    static float cosine(float base, int epoch, int epochs) {
        double progress = (double) (epoch - 1) / epochs;
        return (float) (Trainer.MIN_LEARNING_RATE + (base - Trainer.MIN_LEARNING_RATE) * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
