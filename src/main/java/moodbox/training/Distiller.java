package moodbox.training;

import java.nio.file.Path;
import moodbox.emotion.tf.SavedModelClassifier;

/**
 * Knowledge distillation: a trained teacher model looks at the same augmented faces as the student (before the
 * camera step, {@link BatchSource.Batch#teacherInputs}), and the student learns from
 * {@code (1 − w)·one-hot + w·teacher probabilities} instead of the bare labels.
 */
final class Distiller implements AutoCloseable {
    private final SavedModelClassifier teacher;
    private final float weight;

    Distiller(Path teacherModel, float weight, int threads) {
        this.teacher = SavedModelClassifier.load(teacherModel, threads);
        this.weight = weight;
    }

    BatchSource.Batch soften(BatchSource.Batch batch) {
        return soften(batch, weight);
    }

    /** The batch with targets {@code (1 − weight)·one-hot + weight·teacher} (1: the teacher's opinion only). */
    BatchSource.Batch soften(BatchSource.Batch batch, float weight) {
        float[] taught = teacher.probabilities(batch.teacherInputs(), batch.size());
        float[] targets = new float[taught.length];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = (1 - weight) * batch.targets()[i] + weight * taught[i];
        }
        return new BatchSource.Batch(batch.size(), batch.inputs(), targets, batch.labels(), batch.teacherInputs());
    }

    @Override
    public void close() {
        teacher.close();
    }
}
