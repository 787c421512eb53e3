package moodbox.engine;

import moodbox.emotion.EmotionScores;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;

/**
 * One analysed camera frame: the picture (for the preview only), the face that was read in it, the
 * preprocessed 48×48 face crop the model read (the model's input) and its emotion scores; face, crop and
 * scores are {@code null} when no face was found (or no model could read it).
 */
public record Sighting(GrayImage frame, FaceBox face, GrayImage crop, EmotionScores scores) {
    public boolean hasScores() {
        return scores != null;
    }
}
