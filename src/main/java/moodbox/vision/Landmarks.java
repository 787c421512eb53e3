package moodbox.vision;

import java.util.List;

/**
 * The five face landmarks a DNN detector gives, in frame pixels: the person's right eye (on the left of the
 * picture), left eye, nose tip and the right and left mouth corners.
 */
public record Landmarks(FacePoint rightEye, FacePoint leftEye, FacePoint nose, FacePoint mouthRight,
                        FacePoint mouthLeft) {
    /** The five points in the order above. */
    public List<FacePoint> points() {
        return List.of(rightEye, leftEye, nose, mouthRight, mouthLeft);
    }

    /** Five [x, y] pairs, as written in JSON. */
    public List<List<Double>> asList() {
        return points().stream().map(FacePoint::asList).toList();
    }
}
