package moodbox.vision;

import java.util.Optional;
import moodbox.emotion.EmotionScores;

/** What one frame showed: the face that was read (if any) and its emotion scores. */
public record FrameAnalysis(Optional<Face> face, Optional<EmotionScores> scores) {
    public static FrameAnalysis noFace() {
        return new FrameAnalysis(Optional.empty(), Optional.empty());
    }

    public static FrameAnalysis of(Face face, EmotionScores scores) {
        return new FrameAnalysis(Optional.of(face), Optional.of(scores));
    }

    public boolean hasFace() {
        return face.isPresent();
    }
}
