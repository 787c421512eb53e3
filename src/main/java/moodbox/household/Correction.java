package moodbox.household;

import java.time.Instant;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.GrayImage;

/**
 * One corrected look: the preprocessed 48×48 face crops the box judged, the mood the box showed, the mood a
 * person said it really was, and when.
 */
public record Correction(String id, Instant time, Emotion shown, Emotion corrected, List<GrayImage> faces) {
    public Correction {
        faces = List.copyOf(faces);
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("a correction needs at least one face crop of the look");
        }
        for (GrayImage face : faces) {
            if (face.width() != FacePreprocessing.SIZE || face.height() != FacePreprocessing.SIZE) {
                throw new IllegalArgumentException("the face crops of a look must be the preprocessed 48x48 faces, not "
                        + face.width() + "x" + face.height());
            }
        }
    }
}
