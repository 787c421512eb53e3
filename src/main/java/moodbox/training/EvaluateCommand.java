package moodbox.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import moodbox.cli.Args;
import moodbox.cli.Command;
import moodbox.emotion.tf.SavedModelClassifier;

/** {@code evaluate}: scores a model on a labelled dataset. */
public final class EvaluateCommand implements Command {
    @Override
    public String usage() {
        return "evaluate --model DIR --data FILE|DIR [--json] [--usage U] [--tta] [--png FILE] [--skip-malformed]";
    }

    @Override
    public Set<String> switches() {
        return Set.of("--json", "--tta", "--skip-malformed");
    }

    @Override
    public int run(Args args) throws Exception {
        Path modelDir = Path.of(args.required("--model"));
        Path dataPath = Path.of(args.required("--data"));
        String usage = args.option("--usage", "");
        boolean json = args.flag("--json");
        boolean tta = args.flag("--tta");
        String png = args.option("--png", null);
        boolean skip = args.flag("--skip-malformed");
        args.rejectUnknown();

        FaceDataset data = Datasets.load(dataPath, usage, skip);
        try (SavedModelClassifier classifier = SavedModelClassifier.load(modelDir, Runtime.getRuntime().availableProcessors())) {
            EvaluationReport report = Evaluator.evaluate(classifier, data, false);
            EvaluationReport flipped = tta ? Evaluator.evaluate(classifier, data, true) : null;
            if (png != null) {
                ConfusionHeatmap.draw(report, modelDir.getFileName() + " on " + dataPath.getFileName(), Path.of(png));
            }
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("model", modelDir.toString());
                out.put("data", dataPath.toString());
                out.putAll(report.toJson());
                if (flipped != null) {
                    out.put("tta", Map.of("method", "mean of face and mirror image",
                            "accuracy", flipped.toJson().get("accuracy"), "macroF1", flipped.toJson().get("macroF1")));
                }
                if (data.skipped() > 0) {
                    out.put("skippedRows", data.skipped());
                }
                System.out.println(new ObjectMapper().writeValueAsString(out));
            } else {
                System.out.println("model " + modelDir + " on " + dataPath + ": " + data.summary());
                System.out.println();
                System.out.print(report.toTable());
                if (flipped != null) {
                    System.out.printf("%nWith test-time flip averaging: accuracy %.4f, macro F1 %.4f%n",
                            flipped.accuracy(), flipped.macroF1());
                }
            }
        }
        return 0;
    }
}
