package moodbox.vision;

import moodbox.emotion.FacePreprocessing;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;

/**
 * Cuts the face out of a frame, framed like a FER2013 face. With landmarks (YuNet) the face is aligned by
 * {@link FaceAligner}. With a box only (Haar): FER2013 faces are tight: on 400 PublicTest faces
 * (upscaled, edges padded) the Haar box covered 95% of the image, centred, about 1.5% of its height above
 * the middle. So the crop is the Haar box grown by 5% and moved down by 1.5%; the model then sees faces framed
 * as in training. {@link #modelInput} also brings it to the model's size ({@link FacePreprocessing}).
 */
public final class FaceCrop {
    static final double GROW = 1.05;
    static final double SHIFT_DOWN = 0.015;

    private FaceCrop() {
    }

    /** The framing box for a detected face, clipped to the frame. */
    public static FaceBox framing(FaceBox face, int frameWidth, int frameHeight) {
        FaceBox framed = face.scaled(GROW, SHIFT_DOWN).clippedTo(frameWidth, frameHeight);
        if (framed == null) {
            throw new IllegalArgumentException("face " + face + " lies outside the " + frameWidth + "x" + frameHeight
                    + " frame");
        }
        return framed;
    }

    /**
     * The crop the emotion model reads: aligned by the landmarks when the detector gave them
     * ({@link FaceAligner}), else the box framed as above.
     */
    public static GrayImage crop(GrayImage frame, Face face) {
        return face.landmarks().map(l -> FaceAligner.align(frame, l)).orElseGet(() -> crop(frame, face.box()));
    }

    /** The crop as the emotion model reads it: {@link #crop(GrayImage, Face)} at 48×48. */
    public static GrayImage modelInput(GrayImage frame, Face face) {
        return FacePreprocessing.resize(crop(frame, face), FacePreprocessing.SIZE, FacePreprocessing.SIZE);
    }

    public static GrayImage crop(GrayImage frame, FaceBox face) {
        FaceBox box = framing(face, frame.width(), frame.height());
        byte[] out = new byte[box.width() * box.height()];
        for (int row = 0; row < box.height(); row++) {
            System.arraycopy(frame.pixels(), (box.y() + row) * frame.width() + box.x(), out, row * box.width(),
                    box.width());
        }
        return new GrayImage(box.width(), box.height(), out);
    }
}
