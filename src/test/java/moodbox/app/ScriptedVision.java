package moodbox.app;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import moodbox.config.Settings;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.EmotionScores;
import moodbox.engine.FaceFeed;
import moodbox.engine.Sighting;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import moodbox.state.PartStatus;

/**
 * A stand-in for the vision side in wiring tests: a camera that shows one steady face (70% the given emotion)
 * every 40 ms; the engine's real mood reader decides on it.
 */
final class ScriptedVision implements VisionParts {
    private final Emotion shown;

    ScriptedVision(Emotion shown) {
        this.shown = shown;
    }

    @Override
    public FaceFeed feed(Settings settings, boolean simulate, Supplier<EmotionClassifier> model, Clock clock,
            Consumer<PartStatus> status) {
        status.accept(PartStatus.simulated("scripted test camera"));
        float[] p = new float[Emotion.COUNT];
        java.util.Arrays.fill(p, 0.05f);
        p[shown.index()] = 0.7f;
        EmotionScores scores = new EmotionScores(p);
        byte[] face = new byte[48 * 48];
        java.util.Arrays.fill(face, (byte) (40 + 30 * shown.index()));
        GrayImage crop = new GrayImage(48, 48, face); // one grey per emotion, so a test can tell the crops apart
        return new FaceFeed() {
            private volatile boolean closed;

            @Override
            public Sighting next() throws Exception {
                if (closed) {
                    throw new IllegalStateException("closed");
                }
                Thread.sleep(40);
                return new Sighting(new GrayImage(32, 24, new byte[32 * 24]), new FaceBox(8, 4, 12, 12), crop, scores);
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

}
