package moodbox.emotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.Test;

/** The next faces are read by the swapped-in model, and the replaced one is closed. */
class SwappableClassifierTest {
    /** Says one emotion for every face; remembers whether it was closed. */
    private static final class Always implements EmotionClassifier {
        private final Emotion emotion;
        boolean closed;

        Always(Emotion emotion) {
            this.emotion = emotion;
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

    @Test
    void theNextFacesAreReadByTheNewModelAndTheOldOneIsClosed() {
        GrayImage face = new GrayImage(48, 48, new byte[48 * 48]);
        Always shipped = new Always(Emotion.HAPPY);
        Always personal = new Always(Emotion.SAD);
        SwappableClassifier live = new SwappableClassifier(shipped, "emotion-lite");
        assertEquals(Emotion.HAPPY, live.classify(face).top());
        live.swap(personal, "personal-1");
        assertEquals(Emotion.SAD, live.classify(face).top());
        assertEquals("personal-1", live.name());
        assertTrue(shipped.closed, "the replaced model is closed");
        assertFalse(personal.closed);
        live.close();
        assertTrue(personal.closed);
    }
}
