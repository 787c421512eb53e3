package moodbox.training;

import java.util.SplittableRandom;
import moodbox.image.GrayImage;

/**
 * What a camera does to a face's pixels, shared by the pretend household ({@link HouseholdCondition}) and the
 * camera augmentation of training ({@link Augmenter#throughCamera}): a tone curve (gamma, then contrast about
 * mid-grey), lens blur and sensor noise. Pixel values are doubles in 0–255 until {@link #withNoise} rounds them.
 */
final class CameraOptics {
    private CameraOptics() {
    }

    /** The face through a camera of this tone curve, blur (σ in pixels; none below 0.05) and noise (σ in grey levels). */
    static GrayImage see(GrayImage face, double gamma, double contrast, double blur, double noise, SplittableRandom random) {
        byte[] pixels = face.pixels();
        double[] v = new double[pixels.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = tone((pixels[i] & 0xFF) / 255.0, gamma, contrast) * 255;
        }
        double[] blurred = blur > 0.05 ? gaussianBlur(v, face.width(), face.height(), blur) : v;
        return new GrayImage(face.width(), face.height(), withNoise(blurred, noise, random));
    }

    /** A pixel value in 0–1 through the camera's tone curve: {@code (v^gamma − 0.5)·contrast + 0.5}. */
    static double tone(double value01, double gamma, double contrast) {
        return (Math.pow(value01, gamma) - 0.5) * contrast + 0.5;
    }

    /** A separable Gaussian blur of standard deviation {@code sigma} pixels, borders extended. */
    static double[] gaussianBlur(double[] v, int w, int h, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            sum += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= sum;
        }
        double[] rows = new double[v.length];
        double[] out = new double[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double acc = 0;
                for (int k = -radius; k <= radius; k++) {
                    acc += kernel[k + radius] * v[y * w + Math.max(0, Math.min(w - 1, x + k))];
                }
                rows[y * w + x] = acc;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double acc = 0;
                for (int k = -radius; k <= radius; k++) {
                    acc += kernel[k + radius] * rows[Math.max(0, Math.min(h - 1, y + k)) * w + x];
                }
                out[y * w + x] = acc;
            }
        }
        return out;
    }

    /** The values with uniform noise of standard deviation {@code noise} added, rounded and clamped to bytes. */
    static byte[] withNoise(double[] v, double noise, SplittableRandom random) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < out.length; i++) {
            double value = v[i] + random.nextDouble(-1, 1) * noise * Math.sqrt(3); // uniform noise of std `noise`
            out[i] = (byte) Math.max(0, Math.min(255, Math.round(value)));
        }
        return out;
    }
}
