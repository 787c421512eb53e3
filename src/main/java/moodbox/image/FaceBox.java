package moodbox.image;

import java.util.List;

/** A face's bounding box in frame pixels: top-left corner, width and height. */
public record FaceBox(int x, int y, int width, int height) {
    public FaceBox {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("face box needs a positive size, got " + width + "x" + height);
        }
    }

    public int area() {
        return width * height;
    }

    public double centerX() {
        return x + width / 2.0;
    }

    public double centerY() {
        return y + height / 2.0;
    }

    /** The box scaled about its centre by {@code factor} and moved down by {@code shiftDown} of its height. */
    public FaceBox scaled(double factor, double shiftDown) {
        double w = width * factor;
        double h = height * factor;
        double cx = centerX();
        double cy = centerY() + height * shiftDown;
        return new FaceBox((int) Math.round(cx - w / 2), (int) Math.round(cy - h / 2),
                Math.max(1, (int) Math.round(w)), Math.max(1, (int) Math.round(h)));
    }

    /** The part of this box inside a {@code frameWidth}×{@code frameHeight} frame, or null if none is. */
    public FaceBox clippedTo(int frameWidth, int frameHeight) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(frameWidth, x + width);
        int y1 = Math.min(frameHeight, y + height);
        return x1 > x0 && y1 > y0 ? new FaceBox(x0, y0, x1 - x0, y1 - y0) : null;
    }

    /** Intersection over union with another box (0 = apart, 1 = identical). */
    public double overlap(FaceBox other) {
        int ix = Math.max(0, Math.min(x + width, other.x + other.width) - Math.max(x, other.x));
        int iy = Math.max(0, Math.min(y + height, other.y + other.height) - Math.max(y, other.y));
        double inter = (double) ix * iy;
        return inter / (area() + other.area() - inter);
    }

    /** [x, y, w, h], as written in JSON. */
    public List<Integer> asList() {
        return List.of(x, y, width, height);
    }
}
