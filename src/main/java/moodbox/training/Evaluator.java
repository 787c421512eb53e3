package moodbox.training;

import java.util.ArrayList;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.EmotionScores;
import moodbox.image.GrayImage;

/**
 * Scores a classifier on a labelled dataset, optionally with test-time augmentation (the average of the
 * face and its mirror image).
 */
public final class Evaluator {
    private static final int BATCH = 256;

    private Evaluator() {
    }

    public static EvaluationReport evaluate(EmotionClassifier classifier, FaceDataset data, boolean flipAverage) {
        int[] truth = new int[data.size()];
        int[] predicted = new int[data.size()];
        for (int start = 0; start < data.size(); start += BATCH) {
            int end = Math.min(data.size(), start + BATCH);
            List<GrayImage> faces = new ArrayList<>();
            for (int i = start; i < end; i++) {
                faces.add(data.image(i));
            }
            List<EmotionScores> scores = classifier.classifyAll(faces);
            List<EmotionScores> mirrored = flipAverage ? classifier.classifyAll(faces.stream().map(Evaluator::mirror).toList()) : null;
            for (int i = start; i < end; i++) {
                float[] p = scores.get(i - start).toArray();
                if (mirrored != null) {
                    float[] q = mirrored.get(i - start).toArray();
                    for (int c = 0; c < Emotion.COUNT; c++) {
                        p[c] = (p[c] + q[c]) / 2;
                    }
                }
                truth[i] = data.label(i);
                predicted[i] = new EmotionScores(p).top().index();
            }
        }
        return EvaluationReport.of(truth, predicted);
    }

    static GrayImage mirror(GrayImage face) {
        int w = face.width();
        byte[] out = new byte[face.pixels().length];
        for (int y = 0; y < face.height(); y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = face.pixels()[y * w + (w - 1 - x)];
            }
        }
        return new GrayImage(w, face.height(), out);
    }
}
