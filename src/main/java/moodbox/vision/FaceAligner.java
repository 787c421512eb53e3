package moodbox.vision;

import java.util.List;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Rotates and scales a face by its five landmarks so that it is framed as FER2013 frames its faces: upright,
 * eyes level, at the size and place the emotion model was trained on. The template is measured, not guessed:
 * YuNet on the first 1,500 FER2013 training faces (upscaled 4×, on a mid-grey border; found in 1,449) put the
 * eyes at (14.9, 18.0) and (32.3, 17.8), the nose tip at (23.2, 27.9) and the mouth corners at (16.7, 36.2) and
 * (31.1, 36.0) of the 48×48 face ({@code FerFramingProbe} in the tests). Training flips faces, so the template
 * is that mean made mirror-symmetric about the middle. The fit is the least-squares similarity (rotation,
 * uniform scale, shift; no mirroring) from the five detected points to the template's.
 */
public final class FaceAligner {
    /** The template, in 48×48 pixels, in {@link Landmarks#points()} order. */
    static final double[][] TEMPLATE = {
            {15.30, 17.91}, {32.70, 17.91}, {24.00, 27.92}, {16.80, 36.05}, {31.20, 36.05}};
    static final int MIN_SIDE = FacePreprocessing.SIZE;
    static final int MAX_SIDE = 4 * FacePreprocessing.SIZE;

    private FaceAligner() {
    }

    /**
     * The aligned face, as a square crop to hand to {@link FacePreprocessing}: as many pixels on a side as the
     * face has in the frame (48–192), so that shrinking it to 48 averages instead of skipping pixels.
     */
    public static GrayImage align(GrayImage frame, Landmarks landmarks) {
        double[] m = similarity(landmarks.points(), 1.0);
        double scale = Math.hypot(m[0], m[3]);
        int side = (int) Math.max(MIN_SIDE, Math.min(MAX_SIDE, Math.round(FacePreprocessing.SIZE / scale)));
        double[] toSide = similarity(landmarks.points(), side / (double) FacePreprocessing.SIZE);
        Mat src = OpenCvImages.toMat(frame);
        Mat transform = new Mat(2, 3, CvType.CV_64F);
        Mat out = new Mat();
        try {
            transform.put(0, 0, toSide);
            Imgproc.warpAffine(src, out, transform, new Size(side, side), Imgproc.INTER_LINEAR,
                    Core.BORDER_REPLICATE);
            return OpenCvImages.fromMat(out);
        } finally {
            src.release();
            transform.release();
            out.release();
        }
    }

    /**
     * The 2×3 affine matrix, row-major, of the least-squares similarity taking {@code points} (frame pixels)
     * onto the template scaled by {@code templateScale}.
     */
    static double[] similarity(List<FacePoint> points, double templateScale) {
        int n = points.size();
        double sx = 0;
        double sy = 0;
        double dx = 0;
        double dy = 0;
        for (int i = 0; i < n; i++) {
            sx += points.get(i).x();
            sy += points.get(i).y();
            dx += TEMPLATE[i][0] * templateScale;
            dy += TEMPLATE[i][1] * templateScale;
        }
        sx /= n;
        sy /= n;
        dx /= n;
        dy /= n;
        double a = 0;
        double b = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double xs = points.get(i).x() - sx;
            double ys = points.get(i).y() - sy;
            double xd = TEMPLATE[i][0] * templateScale - dx;
            double yd = TEMPLATE[i][1] * templateScale - dy;
            a += xs * xd + ys * yd;
            b += xs * yd - ys * xd;
            norm += xs * xs + ys * ys;
        }
        if (norm < 1e-9) {
            throw new IllegalArgumentException("face landmarks all lie on one point: " + points);
        }
        double c = a / norm;
        double s = b / norm;
        return new double[] {c, -s, dx - (c * sx - s * sy), s, c, dy - (s * sx + c * sy)};
    }
}
