package moodbox.vision;

import java.util.Optional;
import moodbox.emotion.EmotionScores;
import moodbox.image.GrayImage;

/**
 * What one frame showed: the face that was read (if any), the preprocessed 48×48 crop of it the model read,
 * and its emotion scores.
 */
public record FrameAnalysis(Optional<Face> face, Optional<GrayImage> crop, Optional<EmotionScores> scores) {
    public static FrameAnalysis noFace() {
        return new FrameAnalysis(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static FrameAnalysis of(Face face, GrayImage crop, EmotionScores scores) {
        return new FrameAnalysis(Optional.of(face), Optional.of(crop), Optional.of(scores));
    }

    public boolean hasFace() {
        return face.isPresent();
    }
}
