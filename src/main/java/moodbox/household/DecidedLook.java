package moodbox.household;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;

/**
 * A recent look the box decided, as offered for correction: its id, when, the mood it showed, its 48×48 face
 * crops and, once a person said so, the mood it really was.
 */
public record DecidedLook(String id, Instant decidedAt, Emotion shown, List<GrayImage> faces, Optional<Emotion> corrected) {
    public DecidedLook {
        faces = List.copyOf(faces);
    }

    DecidedLook correctedTo(Emotion emotion) {
        return new DecidedLook(id, decidedAt, shown, faces, Optional.of(emotion));
    }
}
