package moodbox.training;

import java.util.LinkedHashMap;
import java.util.Map;
import moodbox.emotion.Emotion;

/**
 * Scores of a classifier on labelled faces, all derived from one confusion matrix (rows = truth, columns =
 * prediction, in label order): accuracy, per-class precision, recall and F1, macro and weighted F1.
 */
public final class EvaluationReport {
    private final long[][] confusion;

    public EvaluationReport(long[][] confusion) {
        if (confusion.length != Emotion.COUNT) {
            throw new IllegalArgumentException("confusion matrix must be 7x7");
        }
        this.confusion = new long[Emotion.COUNT][];
        for (int i = 0; i < Emotion.COUNT; i++) {
            this.confusion[i] = confusion[i].clone();
        }
    }

    public static EvaluationReport of(int[] truth, int[] predicted) {
        long[][] m = new long[Emotion.COUNT][Emotion.COUNT];
        for (int i = 0; i < truth.length; i++) {
            m[truth[i]][predicted[i]]++;
        }
        return new EvaluationReport(m);
    }

    public long total() {
        long n = 0;
        for (long[] row : confusion) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    public double accuracy() {
        long right = 0;
        for (int i = 0; i < Emotion.COUNT; i++) {
            right += confusion[i][i];
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    public long support(int c) {
        long n = 0;
        for (long v : confusion[c]) {
            n += v;
        }
        return n;
    }

    public double precision(int c) {
        long predicted = 0;
        for (long[] row : confusion) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    public double recall(int c) {
        long support = support(c);
        return support == 0 ? 0 : (double) confusion[c][c] / support;
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < Emotion.COUNT; c++) {
            sum += f1(c);
        }
        return sum / Emotion.COUNT;
    }

    public double weightedF1() {
        double sum = 0;
        for (int c = 0; c < Emotion.COUNT; c++) {
            sum += f1(c) * support(c);
        }
        return total() == 0 ? 0 : sum / total();
    }

    public long[][] confusion() {
        long[][] copy = new long[Emotion.COUNT][];
        for (int i = 0; i < Emotion.COUNT; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    /** The JSON form: accuracy, macroF1, weightedF1, perClass{label: precision, recall, f1, support}, confusion. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("samples", total());
        json.put("accuracy", round(accuracy()));
        json.put("macroF1", round(macroF1()));
        json.put("weightedF1", round(weightedF1()));
        Map<String, Object> perClass = new LinkedHashMap<>();
        for (Emotion e : Emotion.values()) {
            int c = e.index();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("precision", round(precision(c)));
            row.put("recall", round(recall(c)));
            row.put("f1", round(f1(c)));
            row.put("support", support(c));
            perClass.put(e.label(), row);
        }
        json.put("perClass", perClass);
        json.put("labels", java.util.Arrays.stream(Emotion.values()).map(Emotion::label).toList());
        json.put("confusion", confusion());
        return json;
    }

    /** A plain-text table: one line per class, then the totals and the confusion matrix. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-9s %9s %9s %9s %8s%n", "emotion", "precision", "recall", "f1", "support"));
        for (Emotion e : Emotion.values()) {
            int c = e.index();
            sb.append(String.format("%-9s %9.3f %9.3f %9.3f %8d%n", e.label(), precision(c), recall(c), f1(c), support(c)));
        }
        sb.append(String.format("%nAccuracy %.4f   macro F1 %.4f   weighted F1 %.4f   (%d faces)%n%n",
                accuracy(), macroF1(), weightedF1(), total()));
        sb.append(String.format("%-9s", "truth\\pred"));
        for (Emotion e : Emotion.values()) {
            sb.append(String.format("%9s", e.label()));
        }
        sb.append('\n');
        for (Emotion e : Emotion.values()) {
            sb.append(String.format("%-10s", e.label()));
            for (long v : confusion[e.index()]) {
                sb.append(String.format("%9d", v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
