package moodbox.vision;

import java.util.Locale;

/** The face detectors Moodbox has: YuNet (a small DNN with landmarks, the default) and OpenCV's Haar cascade. */
public enum FaceDetectorKind {
    YUNET, HAAR;

    /** The settings' and JSON's name: {@code yunet} or {@code haar}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FaceDetectorKind named(String id) {
        for (FaceDetectorKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("face detector must be yunet or haar, not \"" + id + "\"");
    }
}
