package moodbox.vision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.EmotionScores;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.GrayImage;

/**
 * A small honest classifier for tests: compares the preprocessed crop with known 48×48 faces (normalised
 * correlation, allowing small shifts and zooms) and turns each emotion's best match into probabilities. It only recognises the faces it
 * knows, and only when the crop is framed like them — exactly what the vision tests need to check.
 */
final class NearestFaceClassifier implements EmotionClassifier {
    /** How strongly a better match wins: exp(30 × correlation), so 0.05 more correlation is 4.5× the odds. */
    private static final double SHARPNESS = 30;
    private final Map<Emotion, List<float[]>> known = new java.util.EnumMap<>(Emotion.class);
    int calls;

    NearestFaceClassifier(Map<Emotion, List<GrayImage>> faces) {
        faces.forEach((emotion, list) -> known.put(emotion, list.stream().map(FacePreprocessing::toModelInput).toList()));
    }

    /**
     * The first shipped sample face of each emotion. Tests that read faces with this classifier use one face per
     * emotion: it matches pixels, and two similar people of different moods would test it, not the pipeline.
     */
    static Map<Emotion, List<GrayImage>> oneFacePerEmotion() {
        Map<Emotion, List<GrayImage>> faces = new java.util.EnumMap<>(Emotion.class);
        moodbox.camera.sim.SampleFaces.load().forEach((emotion, list) -> faces.put(emotion, List.of(list.get(0))));
        return faces;
    }

    @Override
    public List<EmotionScores> classifyAll(List<GrayImage> faces) {
        List<EmotionScores> out = new ArrayList<>();
        for (GrayImage face : faces) {
            calls++;
            double[] best = new double[Emotion.COUNT];
            for (double zoom : new double[] {1.0, 0.93, 0.86}) {
                float[] input = FacePreprocessing.toModelInput(centre(face, zoom));
                known.forEach((emotion, samples) -> samples.forEach(s -> best[emotion.index()] = Math.max(
                        best[emotion.index()], shiftedCorrelation(input, s))));
            }
            double sum = 0;
            float[] p = new float[Emotion.COUNT];
            for (int i = 0; i < p.length; i++) {
                p[i] = (float) Math.exp(SHARPNESS * best[i]);
                sum += p[i];
            }
            for (int i = 0; i < p.length; i++) {
                p[i] /= (float) sum;
            }
            out.add(new EmotionScores(p));
        }
        return out;
    }

    /** The middle {@code zoom} of a crop, as a detector's box is sometimes a little larger than the face. */
    private static GrayImage centre(GrayImage crop, double zoom) {
        int w = (int) Math.round(crop.width() * zoom);
        int h = (int) Math.round(crop.height() * zoom);
        int x0 = (crop.width() - w) / 2;
        int y0 = (crop.height() - h) / 2;
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(crop.pixels(), (y0 + y) * crop.width() + x0, px, y * w, w);
        }
        return new GrayImage(w, h, px);
    }

    /** The best correlation over shifts of up to 3 pixels, as a detector's box wanders a little around a face. */
    static double shiftedCorrelation(float[] a, float[] b) {
        double best = -1;
        for (int dy = -3; dy <= 3; dy += 3) {
            for (int dx = -3; dx <= 3; dx += 3) {
                best = Math.max(best, correlation(window(a, dx, dy), window(b, -dx, -dy)));
            }
        }
        return best;
    }

    /** The 42×42 middle of a 48×48 face, moved by (dx, dy). */
    private static float[] window(float[] face, int dx, int dy) {
        int size = FacePreprocessing.SIZE - 6;
        float[] out = new float[size * size];
        for (int y = 0; y < size; y++) {
            System.arraycopy(face, (y + 3 + dy) * FacePreprocessing.SIZE + 3 + dx, out, y * size, size);
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
