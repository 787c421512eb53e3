package moodbox.emotion;

import moodbox.image.GrayImage;

/**
 * The one preprocessing step between a face crop and the emotion model, shared by training, evaluation and
 * the live camera path: resize to 48×48 grayscale (area averaging when shrinking, bilinear when growing) and
 * scale pixel values to [0, 1].
 */
public final class FacePreprocessing {
    public static final int SIZE = 48;
    public static final int PIXELS = SIZE * SIZE;

    private FacePreprocessing() {
    }

    /** Model input for one face: 2,304 floats in [0, 1], row-major. */
    public static float[] toModelInput(GrayImage face) {
        float[] out = new float[PIXELS];
        toModelInput(face, out, 0);
        return out;
    }

    /** Writes the model input for one face into {@code out} starting at {@code offset}. */
    public static void toModelInput(GrayImage face, float[] out, int offset) {
        GrayImage sized = resize(face, SIZE, SIZE);
        byte[] px = sized.pixels();
        for (int i = 0; i < PIXELS; i++) {
            out[offset + i] = (px[i] & 0xFF) / 255f;
        }
    }

    /** Resizes with area averaging when shrinking and bilinear interpolation when growing. */
    public static GrayImage resize(GrayImage src, int width, int height) {
        if (src.width() == width && src.height() == height) {
            return src;
        }
        byte[] out = new byte[width * height];
        double sx = (double) src.width() / width;
        double sy = (double) src.height() / height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = (sx >= 1 && sy >= 1) ? area(src, x * sx, y * sy, sx, sy)
                        : sample(src, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5);
                out[y * width + x] = (byte) Math.min(255, Math.max(0, Math.round(v)));
            }
        }
        return new GrayImage(width, height, out);
    }

    private static double area(GrayImage src, double x0, double y0, double w, double h) {
        double sum = 0;
        double total = 0;
        int yStart = (int) Math.floor(y0);
        int yEnd = Math.min(src.height(), (int) Math.ceil(y0 + h));
        int xStart = (int) Math.floor(x0);
        int xEnd = Math.min(src.width(), (int) Math.ceil(x0 + w));
        for (int y = yStart; y < yEnd; y++) {
            double wy = Math.min(y + 1, y0 + h) - Math.max(y, y0);
            for (int x = xStart; x < xEnd; x++) {
                double wx = Math.min(x + 1, x0 + w) - Math.max(x, x0);
                double weight = wx * wy;
                sum += weight * src.at(x, y);
                total += weight;
            }
        }
        return total > 0 ? sum / total : 0;
    }

    /** Bilinear sample at a fractional position; positions outside the image take the nearest edge. */
    public static double sample(GrayImage src, double fx, double fy) {
        fx = Math.max(0, Math.min(src.width() - 1, fx));
        fy = Math.max(0, Math.min(src.height() - 1, fy));
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(src.width() - 1, x0 + 1);
        int y1 = Math.min(src.height() - 1, y0 + 1);
        double ax = fx - x0;
        double ay = fy - y0;
        double top = src.at(x0, y0) * (1 - ax) + src.at(x1, y0) * ax;
        double bottom = src.at(x0, y1) * (1 - ax) + src.at(x1, y1) * ax;
        return top * (1 - ay) + bottom * ay;
    }
}
