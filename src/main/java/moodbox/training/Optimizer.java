package moodbox.training;

import java.util.Locale;

/**
 * How a {@link TrainingGraph} turns gradients into steps: Adam (β1 0.9, β2 0.999), or stochastic gradient
 * descent with Nesterov momentum 0.9 (the optimizer of the best published single FER2013 network,
 * Khaireddin &amp; Chen 2021). Their state (Adam's two moments, or the momentum) is in every checkpoint, so a run
 * resumes with the optimizer it started with.
 */
public enum Optimizer {
    ADAM,
    NESTEROV;

    static final float MOMENTUM = 0.9f;

    public static Optimizer named(String name) {
        return switch (name) {
            case "adam" -> ADAM;
            case "nesterov" -> NESTEROV;
            default -> throw new IllegalArgumentException("--optimizer must be adam or nesterov, not '" + name + "'");
        };
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
