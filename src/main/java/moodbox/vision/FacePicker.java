package moodbox.vision;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import moodbox.image.FaceBox;

/**
 * Chooses the face Moodbox reads when several people are in view: the largest face wins, and among faces of
 * similar size the one nearest the centre of the frame (the person standing in front of the box).
 */
public final class FacePicker {
    private FacePicker() {
    }

    public static Optional<Face> pick(List<Face> faces, int frameWidth, int frameHeight) {
        return faces.stream().max(Comparator.comparingDouble(f -> score(f.box(), frameWidth, frameHeight)));
    }

    /** Face area weighted down to half as the face moves from the centre to a corner of the frame. */
    static double score(FaceBox face, int frameWidth, int frameHeight) {
        double dx = (face.centerX() - frameWidth / 2.0) / (frameWidth / 2.0);
        double dy = (face.centerY() - frameHeight / 2.0) / (frameHeight / 2.0);
        double offCentre = Math.min(1, Math.sqrt(dx * dx + dy * dy) / Math.sqrt(2));
        return face.area() * (1 - 0.5 * offCentre);
    }
}
