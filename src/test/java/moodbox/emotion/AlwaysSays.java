package moodbox.emotion;

import java.util.ArrayList;
import java.util.List;
import moodbox.image.GrayImage;

/** For tests: a classifier that says one emotion for every face, refuses to work once closed and remembers being closed. */
public final class AlwaysSays implements EmotionClassifier {
    private final Emotion emotion;
    private volatile boolean closed;

    public AlwaysSays(Emotion emotion) {
        this.emotion = emotion;
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public List<EmotionScores> classifyAll(List<GrayImage> faces) {
        if (closed) {
            throw new IllegalStateException("used after close");
        }
        float[] p = new float[Emotion.COUNT];
        p[emotion.index()] = 1;
        List<EmotionScores> out = new ArrayList<>();
        faces.forEach(f -> out.add(new EmotionScores(p)));
        return out;
    }

    @Override
    public void close() {
        closed = true;
    }
}
