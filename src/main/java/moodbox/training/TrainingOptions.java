package moodbox.training;

import java.nio.file.Path;

/**
 * Everything one training run needs; see {@code moodbox train} for the command-line names. {@code init} (may be
 * null) is a shipped model whose weights a new run starts from; {@code classWeights} names a {@link ClassWeights};
 * {@code camera} is the probability that a training face is also shown through a random camera
 * ({@link Augmenter#throughCamera}; a teacher still sees it clearly); {@code labelSmoothing} mixes every target
 * with the uniform distribution ({@link BatchSource.Batch#smoothed}).
 */
public record TrainingOptions(
        Path data,
        Path validation,
        String dataUsage,
        String validationUsage,
        String architecture,
        Path out,
        int epochs,
        int batchSize,
        float learningRate,
        LearningRateSchedule schedule,
        long seed,
        boolean resume,
        int threads,
        int earlyStopPatience,
        int plateauPatience,
        int limit,
        boolean skipMalformed,
        Path teacher,
        float teacherWeight,
        double augmentation,
        int averageFrom,
        Path init,
        String classWeights,
        double camera,
        Optimizer optimizer,
        float labelSmoothing) {

    public TrainingOptions {
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch must be at least 1");
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("--lr must be positive");
        }
        if (!(teacherWeight >= 0 && teacherWeight <= 1)) {
            throw new IllegalArgumentException("--teacher-weight must be between 0 and 1");
        }
        if (!(augmentation >= 0 && augmentation <= 1)) {
            throw new IllegalArgumentException("--augment must be between 0 (flips only) and 1 (full augmentation)");
        }
        if (averageFrom < 0) {
            throw new IllegalArgumentException("--average-from must be an epoch number (1 or more)");
        }
        if (!classWeights.equals("none") && !classWeights.equals("inverse-sqrt")) {
            throw new IllegalArgumentException("--class-weights must be none or inverse-sqrt, not '" + classWeights + "'");
        }
        if (!(camera >= 0 && camera <= 1)) {
            throw new IllegalArgumentException("--camera must be a probability between 0 (never) and 1 (every face)");
        }
        if (!(labelSmoothing >= 0 && labelSmoothing < 1)) {
            throw new IllegalArgumentException("--label-smoothing must be at least 0 and below 1 (0.1 is usual)");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
    }
}
