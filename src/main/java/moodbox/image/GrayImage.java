package moodbox.image;

/**
 * An 8-bit grayscale image, row-major, one byte per pixel (0 = black, 255 = white). Face crops of any size
 * travel through the app in this form; {@link FacePreprocessing} turns them into model input.
 */
public record GrayImage(int width, int height, byte[] pixels) {
    public GrayImage {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("gray image " + width + "x" + height + " needs " + (width * height)
                    + " pixels, got " + pixels.length);
        }
    }

    public int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }
}
