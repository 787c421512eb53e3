package moodbox.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.Core;
import org.opencv.core.Mat;

class FaceAlignerTest {
    /** Template points moved by a known similarity: the fit finds its inverse exactly. */
    @ParameterizedTest(name = "scale {0}, {1}°, shift ({2}, {3})")
    @CsvSource({"1, 0, 0, 0", "3.5, 0, 100, 40", "2, 25, 300, 200", "0.8, -30, 12, 7", "5, 170, 400, 10"})
    void theFitUndoesAKnownRotationScaleAndShift(double scale, double degrees, double tx, double ty) {
        double c = scale * Math.cos(Math.toRadians(degrees));
        double s = scale * Math.sin(Math.toRadians(degrees));
        List<FacePoint> moved = new ArrayList<>();
        for (double[] p : FaceAligner.TEMPLATE) {
            moved.add(new FacePoint(c * p[0] - s * p[1] + tx, s * p[0] + c * p[1] + ty));
        }
        double[] m = FaceAligner.similarity(moved, 1.0);
        for (int i = 0; i < moved.size(); i++) {
            FacePoint p = moved.get(i);
            assertEquals(FaceAligner.TEMPLATE[i][0], m[0] * p.x() + m[1] * p.y() + m[2], 1e-9);
            assertEquals(FaceAligner.TEMPLATE[i][1], m[3] * p.x() + m[4] * p.y() + m[5], 1e-9);
        }
    }

    /**
     * A real face photo tilted by a known angle: after alignment YuNet finds the eyes (nearly) level and where
     * the template puts them. YuNet's landmarks under-read a strong tilt, so one alignment leaves some of it:
     * within the rotations the model was trained with.
     */
    @ParameterizedTest(name = "tilted {0}°")
    @CsvSource({"20", "-30", "30"})
    void anAlignedFaceHasLevelEyesWhereFer2013HasThem(double degrees) throws Exception {
        GrayImage tilted = rotate(FaceTestPhotos.read("227943776_1.jpg"), degrees);
        try (FaceDetector detector = FaceDetectorSettings.photos().open()) {
            Landmarks before = FacePicker.pick(detector.detect(tilted), tilted.width(), tilted.height()).orElseThrow()
                    .landmarks().orElseThrow();
            assertTrue(Math.abs(tilt(before)) > Math.abs(degrees) * 0.4, "YuNet sees the tilt (it under-reads"
                    + " it, by up to half at 20-30 degrees): " + tilt(before));

            GrayImage aligned = FaceAligner.align(tilted, before);
            assertEquals(aligned.width(), aligned.height());
            double toFer = 48.0 / aligned.width();
            GrayImage context = withBorder(aligned);
            int pad = (context.width() - aligned.width()) / 2;
            Landmarks after = FacePicker.pick(detector.detect(context), context.width(), context.height())
                    .orElseThrow(() -> new AssertionError("no face in the aligned crop")).landmarks().orElseThrow();
            assertTrue(Math.abs(tilt(after)) <= 12, "after alignment the eyes are level within the ±12° the model"
                    + " was trained with: " + tilt(after) + "° (before: " + tilt(before) + "°)");
            assertTrue(Math.abs(tilt(after)) <= Math.max(4, Math.abs(tilt(before)) / 2),
                    "alignment halves the tilt at least: " + tilt(before) + "° -> " + tilt(after) + "°");
            assertEquals(FaceAligner.TEMPLATE[0][0], (after.rightEye().x() - pad) * toFer, 2.5, "right eye x");
            assertEquals(FaceAligner.TEMPLATE[1][0], (after.leftEye().x() - pad) * toFer, 2.5, "left eye x");
            assertEquals(FaceAligner.TEMPLATE[0][1], (after.rightEye().y() - pad) * toFer, 2.5, "eye height");
            assertTrue(aligned.width() >= 48 && aligned.width() <= 192, "crop side " + aligned.width());
        }
    }

    /** The eye line's angle in degrees (0 = level; positive = the person's left eye lower in the picture). */
    private static double tilt(Landmarks l) {
        return Math.toDegrees(Math.atan2(l.leftEye().y() - l.rightEye().y(), l.leftEye().x() - l.rightEye().x()));
    }

    private static GrayImage rotate(GrayImage image, double degrees) {
        return RobustnessSet.rotate(image, image.width() / 2.0, image.height() / 2.0, degrees);
    }

    /** The crop on a mid-grey border half its size, so the detector sees the margin it needs. */
    private static GrayImage withBorder(GrayImage crop) {
        Mat src = OpenCvImages.toMat(crop);
        try {
            int pad = crop.width() / 2;
            Core.copyMakeBorder(src, src, pad, pad, pad, pad, Core.BORDER_CONSTANT, new org.opencv.core.Scalar(128));
            return OpenCvImages.fromMat(src);
        } finally {
            src.release();
        }
    }
}
