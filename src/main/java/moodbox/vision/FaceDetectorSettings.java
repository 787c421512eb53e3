package moodbox.vision;

import java.nio.file.Path;

/**
 * How faces are found: the cascade file, the width full frames are shrunk to before the search, and the
 * smallest face looked for as a fraction of the frame width (a person standing about 2 m from the box).
 */
public record FaceDetectorSettings(Path cascade, int detectWidth, double minFaceFraction) {
    public static final Path DEBIAN_CASCADE =
            Path.of("/usr/share/opencv4/haarcascades/haarcascade_frontalface_alt2.xml");

    public FaceDetectorSettings {
        if (detectWidth < 80 || detectWidth > 4096) {
            throw new IllegalArgumentException("detection width must be 80-4096 pixels, not " + detectWidth);
        }
        if (!(minFaceFraction > 0 && minFaceFraction < 1)) {
            throw new IllegalArgumentException("smallest face must be a fraction of the frame width in (0, 1), not "
                    + minFaceFraction);
        }
    }

    public static FaceDetectorSettings defaults() {
        return new FaceDetectorSettings(DEBIAN_CASCADE, 320, 0.1);
    }

    public FaceDetectorSettings withCascade(Path file) {
        return new FaceDetectorSettings(file, detectWidth, minFaceFraction);
    }
}
