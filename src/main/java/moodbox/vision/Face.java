package moodbox.vision;

import java.util.Optional;
import moodbox.image.FaceBox;

/** One face a detector found: its box and, from a detector that gives them, its five landmarks. */
public record Face(FaceBox box, Optional<Landmarks> landmarks) {
    public static Face boxOnly(FaceBox box) {
        return new Face(box, Optional.empty());
    }

    public static Face withLandmarks(FaceBox box, Landmarks landmarks) {
        return new Face(box, Optional.of(landmarks));
    }
}
