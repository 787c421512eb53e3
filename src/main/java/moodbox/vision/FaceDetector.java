package moodbox.vision;

import java.util.List;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;

/** Finds faces in gray frames. Implementations hold native resources and are used by one thread at a time. */
public interface FaceDetector extends AutoCloseable {
    /** Every face in the whole frame, in frame pixels. */
    List<Face> detect(GrayImage frame);

    /** Faces of about the same size near a face seen in the previous frame (the cheap tracking search). */
    List<Face> detectNear(GrayImage frame, FaceBox last);

    /** Which detector this is, as named in the settings and in {@code classify --json}. */
    FaceDetectorKind kind();

    @Override
    void close();
}
