package moodbox.vision;

import java.util.List;

/** A point in frame pixels (sub-pixel), e.g. one of a face's landmarks. */
public record FacePoint(double x, double y) {
    /** [x, y] rounded to a tenth of a pixel, as written in JSON. */
    public List<Double> asList() {
        return List.of(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0);
    }
}
