package moodbox.training;

import java.util.List;

/**
 * What a {@link TrainingGraph} trains: everything with batch statistics (training from scratch), or a
 * fine-tuning of a trained model, with frozen batch norms and only the variables whose names start with one
 * of {@code prefixes} changed.
 */
public record TrainingScope(boolean frozenBatchNorms, List<String> prefixes) {
    /** Every variable, batch statistics while training. */
    public static final TrainingScope EVERYTHING = new TrainingScope(false, List.of(""));

    public TrainingScope {
        prefixes = List.copyOf(prefixes);
    }

    /** Fine-tuning: batch norms frozen at their moving statistics, only the named layers trained. */
    public static TrainingScope fineTuning(List<String> prefixes) {
        return new TrainingScope(true, prefixes);
    }

    /** Whether the variable {@code name} is trained. */
    public boolean trains(String name) {
        return prefixes.stream().anyMatch(name::startsWith);
    }

    @Override
    public String toString() {
        return (frozenBatchNorms ? "fine-tuning of " : "training of ") + (prefixes.equals(List.of("")) ? "every layer" : "layers " + prefixes);
    }
}
