package moodbox.ui;

/** Where the face was found in a preview frame, in that frame's pixels. */
public record FaceBox(int x, int y, int width, int height) {
}
