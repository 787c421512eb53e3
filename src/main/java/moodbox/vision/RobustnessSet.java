package moodbox.vision;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import moodbox.emotion.Emotion;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * A synthetic living room for checking face finding and reading: each labelled face placed on a cluttered
 * 640×480 background under every {@link Condition} — upright, heads tilted ±15° and ±30°, a dim room, a
 * back-lit face (bright window behind, face in shadow), a small face (far from the box). Deterministic.
 */
public final class RobustnessSet {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    /** How a face is shown: tilt in degrees, face size in pixels, light on the face and on the background. */
    public enum Condition {
        UPRIGHT(0, 150, 1.0, 1.0), TILTED_15(15, 150, 1.0, 1.0), TILTED_MINUS_15(-15, 150, 1.0, 1.0),
        TILTED_30(30, 150, 1.0, 1.0), TILTED_MINUS_30(-30, 150, 1.0, 1.0), DIM(0, 150, 0.3, 0.3),
        BACK_LIT(0, 150, 0.45, 1.6), SMALL(0, 64, 1.0, 1.0);

        final double degrees;
        final int size;
        final double faceLight;
        final double backgroundLight;

        Condition(double degrees, int size, double faceLight, double backgroundLight) {
            this.degrees = degrees;
            this.size = size;
            this.faceLight = faceLight;
            this.backgroundLight = backgroundLight;
        }
    }

    /** A face to show and its true emotion. */
    public record LabelledFace(GrayImage face, Emotion label) {
    }

    /** One frame of the set: where the face's centre is and how big it is, so a detection can be checked. */
    public record Sample(Condition condition, Emotion label, GrayImage frame, double centreX, double centreY, int size) {
        public boolean isOnTheFace(FaceBox box) {
            return Math.hypot(box.centerX() - centreX, box.centerY() - centreY) < size * 0.4
                    && box.width() > size * 0.4 && box.width() < size * 1.8;
        }
    }

    private RobustnessSet() {
    }

    /** Every face under every condition, at a place chosen by its index. */
    public static List<Sample> of(List<LabelledFace> faces) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            byte[] background = background(i);
            for (Condition c : Condition.values()) {
                out.add(render(faces.get(i), background, c, new Random(31L * i + c.ordinal())));
            }
        }
        return out;
    }

    private static Sample render(LabelledFace face, byte[] background, Condition c, Random random) {
        int x = 120 + random.nextInt(WIDTH - 240 - c.size);
        int y = 60 + random.nextInt(HEIGHT - 120 - c.size);
        GrayImage scaled = FacePreprocessing.resize(face.face(), c.size, c.size);
        byte[] px = new byte[WIDTH * HEIGHT];
        for (int i = 0; i < px.length; i++) {
            px[i] = clip((background[i] & 0xFF) * c.backgroundLight);
        }
        double feather = c.size * 0.06;
        for (int fy = 0; fy < c.size; fy++) {
            for (int fx = 0; fx < c.size; fx++) {
                double edge = Math.min(Math.min(fx, fy), Math.min(c.size - 1 - fx, c.size - 1 - fy));
                double alpha = Math.min(1, (edge + 1) / feather);
                int i = (y + fy) * WIDTH + x + fx;
                px[i] = clip(alpha * scaled.at(fx, fy) * c.faceLight + (1 - alpha) * (px[i] & 0xFF));
            }
        }
        for (int i = 0; i < px.length; i++) {
            px[i] = clip((px[i] & 0xFF) + random.nextGaussian() * 3);
        }
        double cx = x + c.size / 2.0;
        double cy = y + c.size / 2.0;
        GrayImage frame = new GrayImage(WIDTH, HEIGHT, px);
        return new Sample(c, face.label(), c.degrees == 0 ? frame : rotate(frame, cx, cy, c.degrees), cx, cy, c.size);
    }

    /** A room: a wall gradient with shelves, frames and a door of random greys (seeded by {@code seed}). */
    private static byte[] background(int seed) {
        Random random = new Random(1000 + seed);
        int[] canvas = new int[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                canvas[y * WIDTH + x] = 90 + x * 60 / WIDTH + y * 30 / HEIGHT;
            }
        }
        for (int k = 0; k < 12; k++) {
            int w = 20 + random.nextInt(200);
            int h = 10 + random.nextInt(160);
            int x0 = random.nextInt(WIDTH - w);
            int y0 = random.nextInt(HEIGHT - h);
            int grey = 30 + random.nextInt(200);
            for (int y = y0; y < y0 + h; y++) {
                for (int x = x0; x < x0 + w; x++) {
                    canvas[y * WIDTH + x] = grey;
                }
            }
        }
        byte[] out = new byte[canvas.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(canvas[i]);
        }
        return out;
    }

    /** The frame turned by {@code degrees} (counter-clockwise) about (cx, cy), its edges repeated. */
    static GrayImage rotate(GrayImage frame, double cx, double cy, double degrees) {
        Mat src = OpenCvImages.toMat(frame);
        Mat out = new Mat();
        Mat m = Imgproc.getRotationMatrix2D(new Point(cx, cy), degrees, 1.0);
        try {
            Imgproc.warpAffine(src, out, m, new Size(frame.width(), frame.height()), Imgproc.INTER_LINEAR,
                    Core.BORDER_REPLICATE);
            return OpenCvImages.fromMat(out);
        } finally {
            src.release();
            out.release();
            m.release();
        }
    }

    private static byte clip(double v) {
        return (byte) Math.max(0, Math.min(255, Math.round(v)));
    }
}
