package moodbox.training;

import java.nio.file.Path;
import java.util.Set;
import moodbox.cli.Args;
import moodbox.cli.Command;

/** {@code train}: trains emotion-cnn or emotion-lite and exports the best epoch. */
public final class TrainCommand implements Command {
    @Override
    public String usage() {
        return "train --data FILE|DIR --val FILE|DIR --arch cnn|lite --out DIR [--epochs N] [--resume] [--seed S]"
                + " [--batch 64] [--lr 0.001] [--schedule plateau|cosine|constant] [--threads N] [--patience 12] [--plateau 4] [--limit N] [--skip-malformed]"
                + " [--teacher MODEL_DIR] [--teacher-weight 0.5] [--augment 1] [--average-from EPOCH]"
                + " [--init MODEL_DIR] [--class-weights none|inverse-sqrt] [--camera 0] [--optimizer adam|nesterov] [--label-smoothing 0]";
    }

    @Override
    public Set<String> switches() {
        return Set.of("--resume", "--skip-malformed");
    }

    @Override
    public int run(Args args) throws Exception {
        TrainingOptions options = new TrainingOptions(
                Path.of(args.required("--data")),
                Path.of(args.required("--val")),
                args.option("--data-usage", "Training"),
                args.option("--val-usage", "PublicTest"),
                args.required("--arch"),
                Path.of(args.required("--out")),
                args.intOption("--epochs", 60),
                args.intOption("--batch", 64),
                (float) args.doubleOption("--lr", 1e-3),
                LearningRateSchedule.named(args.option("--schedule", "plateau")),
                args.intOption("--seed", 42),
                args.flag("--resume"),
                args.intOption("--threads", Runtime.getRuntime().availableProcessors()),
                args.intOption("--patience", 12),
                args.intOption("--plateau", 4),
                args.intOption("--limit", 0),
                args.flag("--skip-malformed"),
                optionalPath(args.option("--teacher", null)),
                (float) args.doubleOption("--teacher-weight", 0.5),
                args.doubleOption("--augment", 1),
                args.intOption("--average-from", 0),
                optionalPath(args.option("--init", null)),
                args.option("--class-weights", "none"),
                args.doubleOption("--camera", 0),
                Optimizer.named(args.option("--optimizer", "adam")),
                (float) args.doubleOption("--label-smoothing", 0));
        args.rejectUnknown();
        Architecture.named(options.architecture());
        new Trainer(options, "java -jar target/moodbox.jar train " + String.join(" ", args.words()), System.err).run();
        return 0;
    }

    private static Path optionalPath(String dir) {
        return dir == null ? null : Path.of(dir);
    }
}
