package moodbox.engine;

import moodbox.emotion.EmotionScores;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;

/**
 * One analysed camera frame: the picture (for the preview only), the face that was read in it and its
 * emotion scores, both {@code null} when no face was found (or no model could read it).
 */
public record Sighting(GrayImage frame, FaceBox face, EmotionScores scores) {
    public boolean hasScores() {
        return scores != null;
    }
}
