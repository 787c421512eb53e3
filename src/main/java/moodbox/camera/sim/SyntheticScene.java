package moodbox.camera.sim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import moodbox.emotion.Emotion;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.GrayImage;

/**
 * A made-up camera view: a room-like background with one real face (e.g. a FER2013 test face) drifting
 * across it, slowly changing size and brightness, under a little sensor noise. A script of segments holds
 * one emotion for a while, shows nobody for a while, and so on, in a loop — the whole pipeline, mood changes
 * included, runs without a camera. Rendering depends only on the time into the scene, so it is repeatable.
 */
public final class SyntheticScene {
    /** One part of the script: a face showing {@code emotion} (or nobody, if empty) for {@code length}. */
    public record Segment(Optional<Emotion> emotion, Duration length) {
    }

    /** Where the face is at one moment (the square the face image was scaled into). */
    public record Placement(int x, int y, int size) {
    }

    private final Map<Emotion, List<GrayImage>> faces;
    private final List<Segment> script;
    private final int width;
    private final int height;
    private final byte[] background;
    private final Duration total;

    public SyntheticScene(Map<Emotion, List<GrayImage>> faces, List<Segment> script, int width, int height, long seed) {
        for (Segment s : script) {
            s.emotion().ifPresent(e -> {
                if (faces.getOrDefault(e, List.of()).isEmpty()) {
                    throw new IllegalArgumentException("the scene script shows " + e.label() + " but has no such face");
                }
            });
        }
        this.faces = Map.copyOf(faces);
        this.script = List.copyOf(script);
        this.width = width;
        this.height = height;
        this.background = SceneBackground.draw(width, height, new Random(seed));
        this.total = script.stream().map(Segment::length).reduce(Duration.ZERO, Duration::plus);
        if (total.isZero()) {
            throw new IllegalArgumentException("the scene script is empty");
        }
    }

    /** About two minutes: each emotion held for 8-12 s, with two short spells of nobody in view. */
    public static List<Segment> demoScript() {
        return List.of(show(Emotion.HAPPY, 12), nobody(4), show(Emotion.SAD, 12), show(Emotion.SURPRISE, 10),
                show(Emotion.NEUTRAL, 10), nobody(3), show(Emotion.ANGRY, 10), show(Emotion.FEAR, 8),
                show(Emotion.HAPPY, 10), show(Emotion.DISGUST, 8));
    }

    public static Segment show(Emotion emotion, int seconds) {
        return new Segment(Optional.of(emotion), Duration.ofSeconds(seconds));
    }

    public static Segment nobody(int seconds) {
        return new Segment(Optional.empty(), Duration.ofSeconds(seconds));
    }

    /** The emotion shown at time {@code t} into the (looping) scene, or empty when nobody is in view. */
    public Optional<Emotion> emotionAt(Duration t) {
        return script.get(segmentAt(t)).emotion();
    }

    public Placement placementAt(Duration t) {
        double s = (t.toMillis() % total.toMillis()) / 1000.0;
        int size = (int) Math.round(Math.min(width, height) * (0.30 + 0.08 * Math.sin(s * 0.45)));
        int x = (int) Math.round((width - size) * (0.5 + 0.32 * Math.sin(s * 0.31)));
        int y = (int) Math.round((height - size) * (0.45 + 0.3 * Math.sin(s * 0.23 + 1)));
        return new Placement(x, y, size);
    }

    /** Light level: 0.7 (dim) to 1.2 (bright), changing over tens of seconds. */
    double brightnessAt(Duration t) {
        return 0.95 + 0.25 * Math.sin(t.toMillis() / 1000.0 * 0.17);
    }

    public GrayImage render(Duration t) {
        double light = brightnessAt(t);
        int[] canvas = new int[width * height];
        for (int i = 0; i < canvas.length; i++) {
            canvas[i] = background[i] & 0xFF;
        }
        int segment = segmentAt(t);
        script.get(segment).emotion().ifPresent(e -> {
            List<GrayImage> choices = faces.get(e);
            paste(canvas, choices.get(segment % choices.size()), placementAt(t));
        });
        Random noise = new Random(t.toMillis());
        byte[] out = new byte[canvas.length];
        for (int i = 0; i < canvas.length; i++) {
            int v = (int) Math.round(canvas[i] * light) + noise.nextInt(7) - 3;
            out[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return new GrayImage(width, height, out);
    }

    private void paste(int[] canvas, GrayImage face, Placement at) {
        GrayImage scaled = FacePreprocessing.resize(face, at.size(), at.size());
        double feather = at.size() * 0.06;
        for (int y = 0; y < at.size(); y++) {
            for (int x = 0; x < at.size(); x++) {
                int cx = at.x() + x;
                int cy = at.y() + y;
                if (cx < 0 || cy < 0 || cx >= width || cy >= height) {
                    continue;
                }
                double edge = Math.min(Math.min(x, y), Math.min(at.size() - 1 - x, at.size() - 1 - y));
                double alpha = Math.min(1, (edge + 1) / feather);
                int i = cy * width + cx;
                canvas[i] = (int) Math.round(alpha * scaled.at(x, y) + (1 - alpha) * canvas[i]);
            }
        }
    }

    private int segmentAt(Duration t) {
        long ms = t.toMillis() % total.toMillis();
        for (int i = 0; i < script.size(); i++) {
            ms -= script.get(i).length().toMillis();
            if (ms < 0) {
                return i;
            }
        }
        return script.size() - 1;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
