package moodbox.emotion;

import java.util.List;
import moodbox.image.GrayImage;

/**
 * Classifies face crops into seven emotion probabilities. Implementations are thread-safe, load their model
 * once and release native resources on {@link #close()}.
 */
public interface EmotionClassifier extends AutoCloseable {
    /** Classifies one face crop of any size (it goes through {@link FacePreprocessing}). */
    default EmotionScores classify(GrayImage face) {
        return classifyAll(List.of(face)).get(0);
    }

    /** Classifies many faces in one batch; the result is in the same order. */
    List<EmotionScores> classifyAll(List<GrayImage> faces);

    @Override
    void close();
}
