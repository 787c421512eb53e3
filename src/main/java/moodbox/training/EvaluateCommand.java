package moodbox.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import moodbox.cli.Args;
import moodbox.cli.Command;
import moodbox.emotion.tf.SavedModelClassifier;

/** {@code evaluate}: scores a model on a labelled dataset. */
public final class EvaluateCommand implements Command {
    @Override
    public String usage() {
        return "evaluate --model DIR --data FILE|DIR [--json] [--usage U] [--tta] [--png FILE] [--skip-malformed] [--blur SIGMA] [--noise SIGMA]";
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
        double blur = args.doubleOption("--blur", 0);
        double noise = args.doubleOption("--noise", 0);
        args.rejectUnknown();
        if (blur < 0 || blur > 5 || noise < 0 || noise > 64) {
            throw new IllegalArgumentException("--blur must be 0–5 pixels and --noise 0–64 grey levels (standard deviations)");
        }

        FaceDataset data = softAndNoisy(Datasets.load(dataPath, usage, skip), blur, noise);
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
                if (blur > 0 || noise > 0) {
                    out.put("blur", blur);
                    out.put("noise", noise);
                }
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
                System.out.println("model " + modelDir + " on " + dataPath + ": " + data.summary()
                        + (blur > 0 || noise > 0 ? String.format(Locale.ROOT, ", seen with a blur of σ %.1f px and noise of σ %.1f", blur, noise) : ""));
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

    /** The faces as a soft or noisy camera shows them: a Gaussian blur of σ {@code blur} px, then noise of σ {@code noise} (seeded, so repeatable). */
    static FaceDataset softAndNoisy(FaceDataset data, double blur, double noise) {
        if (blur == 0 && noise == 0) {
            return data;
        }
        SplittableRandom random = new SplittableRandom(1);
        List<byte[]> images = new ArrayList<>();
        int[] labels = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            images.add(CameraOptics.see(data.image(i), 1, 1, blur, noise, random).pixels());
            labels[i] = data.label(i);
        }
        return new FaceDataset(images, labels, data.skipped());
    }
}
