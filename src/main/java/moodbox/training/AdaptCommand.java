package moodbox.training;

import java.nio.file.Path;
import java.util.Set;
import moodbox.cli.Args;
import moodbox.cli.Command;

/**
 * {@code adapt}: fine-tunes a copy of an emotion model on a few labelled faces ({@link Adapter}); with
 * {@code --bench}, measures what that does for a pretend household and for everyone else ({@link HouseholdBench}).
 */
public final class AdaptCommand implements Command {
    @Override
    public String usage() {
        return "adapt --model DIR --data FILE|DIR --out DIR [--epochs 24] [--seed S] [--usage U] [--lr 0.0003 (lite), 0.0001 (cnn)] [--teacher-weight 0.7]"
                + " [--layers all|last] [--anchor-camera 0.75] [--memory on|off] [--threads 1] | adapt --bench --model DIR --data FER2013_CSV --out DIR [--usage PublicTest]"
                + " [--people 10] [--faces-per-person 150] [--household-seed 1] [adapt options]";
    }

    @Override
    public Set<String> switches() {
        return Set.of("--bench", "--skip-malformed");
    }

    @Override
    public int run(Args args) throws Exception {
        boolean bench = args.flag("--bench");
        Path model = Path.of(args.required("--model"));
        Path data = Path.of(args.required("--data"));
        Path out = Path.of(args.required("--out"));
        String usage = args.option("--usage", bench ? "PublicTest" : "");
        boolean skip = args.flag("--skip-malformed");
        AdaptOptions d = AdaptOptions.defaults(ModelArchitecture.of(model));
        AdaptOptions options = new AdaptOptions(
                args.intOption("--epochs", d.epochs()),
                args.intOption("--seed", (int) d.seed()),
                (float) args.doubleOption("--lr", d.learningRate()),
                (float) args.doubleOption("--teacher-weight", d.teacherWeight()),
                AdaptOptions.TrainedLayers.named(args.option("--layers", d.layers().toString())),
                args.intOption("--threads", d.threads()),
                args.doubleOption("--anchor-camera", d.anchorCamera()),
                onOrOff(args.option("--memory", d.memory() ? "on" : "off")));
        int people = bench ? args.intOption("--people", 10) : 0;
        int perPerson = bench ? args.intOption("--faces-per-person", 150) : 0;
        int householdSeed = bench ? args.intOption("--household-seed", 1) : 0;
        args.rejectUnknown();
        FaceDataset faces = Datasets.load(data, usage, skip);
        if (bench) {
            new HouseholdBench(options, System.out).run(model, faces, people, perPerson, householdSeed, out);
        } else {
            new Adapter(options, System.out).adapt(model, faces, out);
        }
        return 0;
    }

    private static boolean onOrOff(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--memory must be on or off, not '" + value + "'");
        };
    }
}
