package moodbox.training;

import java.util.SplittableRandom;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.GrayImage;

/**
 * Training-only augmentation of a face, reproducible from its random source: rotation, zoom, shift and
 * horizontal flip (as the original design asks), plus brightness and contrast changes so that lighting
 * does not decide the emotion. Border pixels are extended outward. {@code strength} scales every change but
 * the flip (1 = the full ranges below, 0 = flips only); the random draws are the same at any strength.
 * {@link #throughCamera} is a second, optional step: the face as a random cheap camera would show it.
 */
public final class Augmenter {
    static final double MAX_ROTATION_DEGREES = 12;
    static final double MAX_ZOOM = 0.12;
    static final double MAX_SHIFT = 0.10;
    static final double MAX_BRIGHTNESS = 0.15;
    static final double MAX_CONTRAST = 0.30;
    /** The camera step's ranges: gamma e^±0.5, contrast 0.6–1, lens blur σ 0–1.5 px, sensor noise σ 0–10 levels. */
    static final double MAX_LOG_GAMMA = 0.5;
    static final double MIN_CAMERA_CONTRAST = 0.6;
    static final double MAX_BLUR = 1.5;
    static final double MAX_NOISE = 10;

    private Augmenter() {
    }

    public static GrayImage augment(GrayImage face, SplittableRandom random, double strength) {
        return augment(face, random, strength, true);
    }

    /** {@link #augment} with the mirror image left out when {@code mirror} is false (the random draws stay the same). */
    static GrayImage augment(GrayImage face, SplittableRandom random, double strength, boolean mirror) {
        int w = face.width();
        int h = face.height();
        double angle = Math.toRadians(uniform(random, MAX_ROTATION_DEGREES * strength));
        double scale = 1 + uniform(random, MAX_ZOOM * strength);
        double dx = uniform(random, MAX_SHIFT * strength) * w;
        double dy = uniform(random, MAX_SHIFT * strength) * h;
        boolean flip = random.nextBoolean() && mirror;
        double contrast = 1 + uniform(random, MAX_CONTRAST * strength);
        double brightness = uniform(random, MAX_BRIGHTNESS * strength) * 255;

        double cos = Math.cos(angle) / scale;
        double sin = Math.sin(angle) / scale;
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        double mean = mean(face);
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // Inverse map: output pixel -> source position.
                double ox = (flip ? (w - 1 - x) : x) - cx - dx;
                double oy = y - cy - dy;
                double sx = cos * ox + sin * oy + cx;
                double sy = -sin * ox + cos * oy + cy;
                double v = FacePreprocessing.sample(face, sx, sy);
                v = (v - mean) * contrast + mean + brightness;
                out[y * w + x] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
        }
        return new GrayImage(w, h, out);
    }

    /**
     * The face as a random camera shows it (after {@link #augment}, which moves and lights it): a tone curve of gamma
     * e^±{@value #MAX_LOG_GAMMA} and contrast {@value #MIN_CAMERA_CONTRAST}–1, a lens blur of σ 0–{@value #MAX_BLUR} px
     * and sensor noise of σ 0–{@value #MAX_NOISE} grey levels, each drawn uniformly from {@code random}. A soft, noisy
     * picture is what a small face from a cheap camera in a dim room gives, and it is what breaks networks trained on
     * FER2013's web photos alone (README "Emotion models").
     */
    public static GrayImage throughCamera(GrayImage face, SplittableRandom random) {
        double gamma = Math.exp(uniform(random, MAX_LOG_GAMMA));
        double contrast = MIN_CAMERA_CONTRAST + random.nextDouble() * (1 - MIN_CAMERA_CONTRAST);
        double blur = random.nextDouble() * MAX_BLUR;
        double noise = random.nextDouble() * MAX_NOISE;
        return CameraOptics.see(face, gamma, contrast, blur, noise, random);
    }

    private static double uniform(SplittableRandom random, double max) {
        return (random.nextDouble() * 2 - 1) * max;
    }

    private static double mean(GrayImage face) {
        long sum = 0;
        for (byte b : face.pixels()) {
            sum += b & 0xFF;
        }
        return (double) sum / face.pixels().length;
    }
}
