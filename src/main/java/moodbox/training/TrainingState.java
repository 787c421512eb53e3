package moodbox.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a training run stands after its last finished epoch: written next to each checkpoint so that
 * {@code --resume} carries on exactly there (learning rate, early-stopping counters, Adam step).
 * {@code bestAveragedFrom} is 0 when the best model is the network of {@code bestEpoch} itself, or the first
 * epoch of the weight average (epochs {@code bestAveragedFrom}..{@code bestEpoch}) that was better.
 * {@code optimizer} is the {@link Optimizer#cliName} the run steps with (null in states written before there
 * was a choice: Adam).
 */
public record TrainingState(
        String architecture,
        long seed,
        int epoch,
        long step,
        float learningRate,
        double bestAccuracy,
        int bestEpoch,
        int epochsSinceLrChange,
        int bestAveragedFrom,
        String optimizer) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static TrainingState fresh(String architecture, long seed, float learningRate, Optimizer optimizer) {
        return new TrainingState(architecture, seed, 0, 0, learningRate, -1, 0, 0, 0, optimizer.cliName());
    }

    /** The optimizer the run steps with. */
    public Optimizer stepsWith() {
        return optimizer == null ? Optimizer.ADAM : Optimizer.named(optimizer);
    }

    public static TrainingState read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), TrainingState.class);
    }

    /** Written to a temporary file and renamed, so a crash never leaves half a state file. */
    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
