package moodbox.vision;

import java.nio.file.Path;

/**
 * How faces are found: which detector (YuNet by default; the Haar cascade, from {@code cascade}, as the
 * fallback), the width full frames are shrunk to before the search, the smallest face looked for as a fraction
 * of the frame width (a person standing about 2 m from the box), and how much edge (as a fraction of the
 * frame size) is added around a full frame by repeating its border pixels, so that a face filling a close-up
 * photo still has the margin a detector needs.
 */
public record FaceDetectorSettings(FaceDetectorKind kind, Path cascade, int detectWidth, double minFaceFraction,
                                   double edgePadding) {
    public static final Path DEBIAN_CASCADE =
            Path.of("/usr/share/opencv4/haarcascades/haarcascade_frontalface_alt2.xml");

    public FaceDetectorSettings {
        if (kind == null) {
            throw new IllegalArgumentException("a face detector must be chosen (yunet or haar)");
        }
        if (detectWidth < 80 || detectWidth > 4096) {
            throw new IllegalArgumentException("detection width must be 80-4096 pixels, not " + detectWidth);
        }
        if (!(minFaceFraction > 0 && minFaceFraction < 1)) {
            throw new IllegalArgumentException("smallest face must be a fraction of the frame width in (0, 1), not "
                    + minFaceFraction);
        }
        if (!(edgePadding >= 0 && edgePadding <= 0.5)) {
            throw new IllegalArgumentException("edge padding must be 0-0.5 of the frame size, not " + edgePadding);
        }
    }

    /** Live camera frames: YuNet, 320 pixels wide, faces from 10% of the width, no padding. */
    public static FaceDetectorSettings defaults() {
        return new FaceDetectorSettings(FaceDetectorKind.YUNET, DEBIAN_CASCADE, 320, 0.1, 0);
    }

    /** Photos of any framing: YuNet, up to 640 pixels wide, faces from 4% of the width, 15% padding. */
    public static FaceDetectorSettings photos() {
        return new FaceDetectorSettings(FaceDetectorKind.YUNET, DEBIAN_CASCADE, 640, 0.04, 0.15);
    }

    public FaceDetectorSettings withKind(FaceDetectorKind detector) {
        return new FaceDetectorSettings(detector, cascade, detectWidth, minFaceFraction, edgePadding);
    }

    public FaceDetectorSettings withCascade(Path file) {
        return new FaceDetectorSettings(FaceDetectorKind.HAAR, file, detectWidth, minFaceFraction, edgePadding);
    }

    /** Opens the detector these settings name; throws {@link IllegalArgumentException} saying what to do. */
    public FaceDetector open() {
        return switch (kind) {
            case YUNET -> new YuNetFaceDetector(this);
            case HAAR -> new CascadeFaceDetector(this);
        };
    }
}
