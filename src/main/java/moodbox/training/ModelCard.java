package moodbox.training;

import java.util.List;
import java.util.Locale;
import moodbox.emotion.Emotion;

/** The text of a shipped model's {@code MODEL_CARD.md}, from its measured facts. */
public final class ModelCard {
    /** The heading of the notes on the run; {@code ship} reads them back from it when it ships a shipped model again. */
    static final String RUN_HISTORY = "## Run history\n";

    private ModelCard() {
    }

    public record Facts(String name, Architecture architecture, NetworkStats stats, TrainingState state,
                        List<EpochRecord> log, List<String> trainCommands, String validationFile,
                        EvaluationReport report, EvaluationReport flipReport, double latencyMs, String runNotes,
                        ClassBias classBias, EvaluationReport unbiasedReport, String shipCommand) {
    }

    public static String render(Facts f) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(f.name()).append("\n\n");
        s.append(f.architecture().name().equals("cnn")
                ? "The full Moodbox emotion network: four VGG-style stages of 3×3 convolution, batch normalisation and "
                  + "ReLU with 2×2 max pooling (48→24→12→6→3), dropout, a 256-unit fully connected layer and a 7-way softmax.\n"
                : "The light Moodbox emotion network for the Raspberry Pi, after mini-Xception: two 3×3 convolutions, four "
                  + "residual blocks of depthwise-separable convolutions with max pooling, a 3×3 convolution to seven "
                  + "channels, global average pooling and softmax.\n");
        s.append("\nInput: one 48×48 grayscale face, pixel values scaled to [0, 1] (`moodbox.emotion.FacePreprocessing`). ")
                .append("Output: probabilities of Angry, Disgust, Fear, Happy, Sad, Surprise, Neutral (`labels.txt`, FER2013 order). ")
                .append("Format: TensorFlow SavedModel, signature `serving_default` (`input` N×48×48×1 float → `probabilities` N×7).\n\n");
        s.append("| | |\n|---|---|\n");
        s.append(String.format(Locale.ROOT, "| trainable parameters | %,d |%n", f.stats().parameters()));
        s.append(String.format(Locale.ROOT, "| FLOPs per face | %.1f M |%n", f.stats().flops() / 1e6));
        s.append(String.format(Locale.ROOT, "| PublicTest accuracy | **%.2f%%** (%d faces) |%n", 100 * f.report().accuracy(), f.report().total()));
        s.append(String.format(Locale.ROOT, "| PublicTest macro F1 / weighted F1 | %.3f / %.3f |%n", f.report().macroF1(), f.report().weightedF1()));
        if (f.flipReport() != null) {
            s.append(String.format(Locale.ROOT, "| with flip averaging (TTA, reported separately) | %.2f%% accuracy, %.3f macro F1 |%n",
                    100 * f.flipReport().accuracy(), f.flipReport().macroF1()));
        }
        s.append(String.format(Locale.ROOT, "| latency, one face, one thread, warm (this build machine: 2-core x86_64) | %.2f ms |%n", f.latencyMs()));
        s.append(String.format(Locale.ROOT, "| epochs trained / best epoch | %d / %d%s |%n", f.state().epoch(), f.state().bestEpoch(),
                f.state().bestAveragedFrom() == 0 ? ""
                        : String.format(Locale.ROOT, " (the mean of the weights after epochs %d–%d)", f.state().bestAveragedFrom(), f.state().bestEpoch())));
        s.append("\n## Data and training\n\n");
        s.append("FER2013 (Goodfellow et al., 2013; research use): trained on the `Training` split (28,709 faces), model and "
                + "epoch chosen on `PublicTest` (3,589 faces). The `PrivateTest` split was never used; no figure here is a PrivateTest figure.\n\n");
        s.append("Augmentation (training only, seeded): rotation ±12°, zoom ±12%, shift ±10%, horizontal flip, brightness ±15% "
                + "and contrast ±30% (all but the flip scaled by `--augment` where a command gives it); with `--camera P`, each face is then, "
                + "with probability P, shown through a random cheap camera (gamma e^±0.5, contrast 0.6–1, lens blur σ 0–1.5 px, sensor noise σ 0–10 "
                + "grey levels), while any teacher judges the face before that step. Adam (β1 0.9, β2 0.999; with `--optimizer nesterov`, SGD with "
                + "Nesterov momentum 0.9), categorical cross-entropy (with `--label-smoothing ε`, every target mixed as (1 − ε)·target + ε/7; "
                + "with `--class-weights inverse-sqrt`, each face's weighted by 1/√(its class's share of the training faces), a mean weight of 1), batch 64; "
                + "a command with `--init` starts the run from the weights of the model it names (its batch norms re-centred on the training faces, "
                + "the optimizer's state fresh); the learning-rate schedule "
                + "(`plateau`: halved when validation accuracy stalls; `cosine`: half a cosine down to 1e-5 over `--epochs`; `constant`: `--lr` throughout) and "
                + "any teacher model (distillation: targets mix the one-hot labels with the teacher's probabilities) are in the "
                + "commands below. The epoch with the best PublicTest accuracy is exported (or, with `--average-from`, the mean of the "
                + "weights since that epoch, with batch-norm statistics re-estimated for it, when that is better).\n\nTraining commands, in the order "
                + "they ran on the run folder (seed ").append(f.state().seed()).append("; each later one resumes the run):\n\n");
        for (String command : f.trainCommands()) {
            s.append("    ").append(command).append("\n");
        }
        s.append("\n");
        s.append("The per-epoch log is `log.csv`, drawn in `learning-curve.png`")
                .append(f.state().bestAveragedFrom() > 0 ? "; the weight averages were validated as logged in `average.csv`.\n\n" : ".\n\n");
        s.append("## Results on PublicTest\n\nReproduce: `java -jar target/moodbox.jar evaluate --model model/")
                .append(f.name()).append(" --data ").append(f.validationFile()).append(" --json`\n\n");
        if (!f.classBias().isNone()) {
            s.append("Shipped with an output bias (`").append(f.shipCommand()).append("`): ").append(f.classBias())
                    .append(" added to the logit, which multiplies that emotion's odds by e^bias for every face (moving a rare class's "
                            + "threshold after training). It was chosen on PublicTest, like the epoch. Without it: ")
                    .append(String.format(Locale.ROOT, "accuracy %.2f%%, macro F1 %.3f, recall ", 100 * f.unbiasedReport().accuracy(),
                            f.unbiasedReport().macroF1()));
            StringBuilder recalls = new StringBuilder();
            for (Emotion e : f.classBias().offsets().keySet().stream().sorted().toList()) {
                recalls.append(recalls.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.3f", e.label(), f.unbiasedReport().recall(e.index())));
            }
            s.append(recalls).append(".\n\n");
        }
        s.append("| emotion | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
        for (Emotion e : Emotion.values()) {
            int c = e.index();
            s.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", e.label(),
                    f.report().precision(c), f.report().recall(c), f.report().f1(c), f.report().support(c)));
        }
        s.append("\nConfusion matrix (rows truth, columns prediction): `confusion.png`, and in `metrics.json`.\n\n");
        s.append("Latency: `java -jar target/moodbox.jar bench --json` (median of 300 single-face calls after 50 warm-up calls).\n\n");
        s.append("## Known weaknesses\n\n");
        s.append(String.format(Locale.ROOT, "- **Disgust** is rare in FER2013 (1.5%% of training faces): recall %.2f. Fear and Sad are "
                + "often confused with each other and with Neutral; FER2013 itself has near-duplicate and mislabelled faces, and "
                + "human accuracy on it is about 65%%.%n", f.report().recall(Emotion.DISGUST.index())));
        s.append("- FER2013 faces are web images, mostly frontal, mostly adults, unevenly spread over ages and skin tones; "
                + "expect lower accuracy on side views, children, strong shadows and faces unlike the training set.\n");
        s.append("- Cross-dataset accuracy (a camera in a living room) is lower than the PublicTest figure. Moodbox therefore never "
                + "decides on one frame: the mood reader averages a window of frames and reports \"not sure\" below a threshold.\n");
        if (f.runNotes() != null && !f.runNotes().isBlank()) {
            s.append("\n").append(RUN_HISTORY).append("\n").append(f.runNotes().strip()).append("\n");
        }
        return s.toString();
    }
}
