package moodbox.app;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import moodbox.config.Settings;
import moodbox.emotion.EmotionClassifier;
import moodbox.engine.FaceFeed;
import moodbox.state.PartStatus;

/** Makes the engine's camera feed from the vision side (the real one, or a test's). */
interface VisionParts {
    /**
     * The camera (the synthetic scene when {@code simulate}, else the settings' camera source) with face
     * finding and emotion scores. {@code model} blocks until the model is loaded and gives {@code null} when it
     * failed; the feed asks for it at its first frame, so the camera opens while the model loads. The
     * camera's health goes to {@code status}.
     */
    FaceFeed feed(Settings settings, boolean simulate, Supplier<EmotionClassifier> model, Clock clock,
            Consumer<PartStatus> status) throws Exception;
}
