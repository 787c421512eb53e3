package moodbox.ui;

import moodbox.image.FaceBox;
import moodbox.image.GrayImage;

/**
 * One camera picture for the on-screen preview, as packed ARGB pixels, with the face box or {@code null}.
 * It only ever goes to the screen; nothing stores or sends it.
 */
public record PreviewFrame(int width, int height, int[] argb, FaceBox face) {
    public PreviewFrame {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("preview needs width*height pixels, got " + argb.length
                    + " for " + width + "x" + height);
        }
    }

    public static PreviewFrame fromGray(GrayImage image, FaceBox face) {
        int[] argb = new int[image.width() * image.height()];
        byte[] gray = image.pixels();
        for (int i = 0; i < argb.length; i++) {
            int v = gray[i] & 0xFF;
            argb[i] = 0xFF000000 | v << 16 | v << 8 | v;
        }
        return new PreviewFrame(image.width(), image.height(), argb, face);
    }
}
