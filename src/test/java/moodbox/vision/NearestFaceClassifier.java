package moodbox.vision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.EmotionScores;
import moodbox.emotion.FacePreprocessing;
import moodbox.emotion.GrayImage;

/**
 * A small honest classifier for tests: compares the preprocessed crop with known 48×48 faces (normalised
 * correlation) and turns each emotion's best match into probabilities. It only recognises the faces it
 * knows, and only when the crop is framed like them — exactly what the vision tests need to check.
 */
final class NearestFaceClassifier implements EmotionClassifier {
    private final Map<Emotion, List<float[]>> known = new java.util.EnumMap<>(Emotion.class);
    int calls;

    NearestFaceClassifier(Map<Emotion, List<GrayImage>> faces) {
        faces.forEach((emotion, list) -> known.put(emotion, list.stream().map(FacePreprocessing::toModelInput).toList()));
    }

    @Override
    public List<EmotionScores> classifyAll(List<GrayImage> faces) {
        List<EmotionScores> out = new ArrayList<>();
        for (GrayImage face : faces) {
            calls++;
            float[] input = FacePreprocessing.toModelInput(face);
            double[] best = new double[Emotion.COUNT];
            known.forEach((emotion, samples) -> samples.forEach(s -> best[emotion.index()] = Math.max(
                    best[emotion.index()], correlation(input, s))));
            double sum = 0;
            float[] p = new float[Emotion.COUNT];
            for (int i = 0; i < p.length; i++) {
                p[i] = (float) Math.exp(12 * best[i]);
                sum += p[i];
            }
            for (int i = 0; i < p.length; i++) {
                p[i] /= (float) sum;
            }
            out.add(new EmotionScores(p));
        }
        return out;
    }

    static double correlation(float[] a, float[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    @Override
    public void close() {
    }
}
