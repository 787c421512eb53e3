package moodbox.vision;

import java.util.Optional;
import moodbox.image.GrayImage;

/**
 * The face of a still photo, found and cut out as {@code classify} and the box do it: a full search with the
 * photo settings ({@link FaceDetectorSettings#photos}), the face {@link FacePicker} picks, and the crop the
 * emotion model reads ({@link FaceCrop#modelInput}). The detector opens at the first photo, so folders of
 * ready-made face crops never load it.
 */
public final class PhotoFaces implements AutoCloseable {
    private FaceDetector detector;

    /** The photo's face as the model's 48×48 input, or empty when no face was found. */
    public Optional<GrayImage> face(GrayImage photo) {
        if (detector == null) {
            detector = FaceDetectorSettings.photos().open();
        }
        return FacePicker.pick(detector.detect(photo), photo.width(), photo.height())
                .map(face -> FaceCrop.modelInput(photo, face));
    }

    @Override
    public void close() {
        if (detector != null) {
            detector.close();
        }
    }
}
