package moodbox.training;

import java.nio.file.Path;
import java.util.Locale;

/** The text of an adapted model's {@code MODEL_CARD.md}: what it started from and how it was fine-tuned. */
final class AdaptedModelCard {
    private AdaptedModelCard() {
    }

    static String render(Path origin, AdaptOptions o, Adapter.Result r) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(r.model().getFileName()).append(" (adapted emotion-").append(r.architecture()).append(")\n\n");
        s.append("A copy of `").append(origin).append("` fine-tuned on ").append(r.faces())
                .append(" corrected faces by `moodbox adapt`. Same input, output and format as the model it came from ")
                .append("(SavedModel, `serving_default`: `input` N×48×48×1 float in [0, 1] → `probabilities` N×7).\n\n");
        s.append("| | |\n|---|---|\n");
        s.append(String.format(Locale.ROOT, "| corrected faces | %d |%n", r.faces()));
        s.append(String.format(Locale.ROOT, "| passes / Adam steps (batch %d) | %d / %d |%n", Adapter.BATCH, o.epochs(), r.steps()));
        s.append(String.format(Locale.ROOT, "| learning rate | %.2g |%n", o.learningRate()));
        s.append(String.format(Locale.ROOT, "| layers trained | %s (%,d parameters), batch norms frozen |%n", o.layers(), r.trainedParameters()));
        s.append(String.format(Locale.ROOT, "| distillation | targets = %.2f·label + %.2f·original model's probabilities on the same augmented face |%n",
                1 - o.teacherWeight(), o.teacherWeight()));
        s.append(String.format(Locale.ROOT, "| anchors | %d demo faces per step, targets = original model's probabilities; %.0f%% of them through a random camera "
                + "(the target then still from the clear face) |%n", Adapter.ANCHORS_PER_STEP, 100 * o.anchorCamera()));
        s.append(r.rememberedFaces() > 0
                ? String.format(Locale.ROOT, "| memory | its %d corrected faces: a face is read as the emotion of the corrected face it resembles "
                        + "when more alike it than %.3f (cosine similarity of the network's features; how alike corrected faces of different emotions are) "
                        + "and nearer that emotion than the next by %.3f |%n", r.rememberedFaces(), r.memoryLikeness(), r.memoryMargin())
                : "| memory | none (" + (o.memory() ? "the corrected faces hold fewer than two emotions" : "`--memory off`") + ") |\n");
        s.append(String.format(Locale.ROOT, "| seed / threads | %d / %d |%n", o.seed(), o.threads()));
        s.append(String.format(Locale.ROOT, "| time (this machine) | %.1f s |%n", r.seconds()));
        s.append(String.format(Locale.ROOT, "| accuracy on its own corrected faces | %.1f%% before, %.1f%% after |%n",
                100 * r.accuracyBefore(), 100 * r.accuracyAfter()));
        s.append("\nAccuracy on its own training faces says little; how much adaptation helps on the other faces of the same ")
                .append("people, and what it costs on everyone else, is measured by `moodbox adapt --bench` (README \"Learns its household\").\n");
        s.append("\nThe corrected faces stay on the box; they are never uploaded.\n");
        return s.toString();
    }
}
