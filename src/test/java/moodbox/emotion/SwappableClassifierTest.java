package moodbox.emotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import moodbox.image.GrayImage;
import org.junit.jupiter.api.Test;

/** The next faces are read by the swapped-in model, and the replaced one is closed. */
class SwappableClassifierTest {
    @Test
    void theNextFacesAreReadByTheNewModelAndTheOldOneIsClosed() {
        GrayImage face = new GrayImage(48, 48, new byte[48 * 48]);
        AlwaysSays shipped = new AlwaysSays(Emotion.HAPPY);
        AlwaysSays personal = new AlwaysSays(Emotion.SAD);
        SwappableClassifier live = new SwappableClassifier(shipped, "emotion-lite");
        assertEquals(Emotion.HAPPY, live.classify(face).top());
        live.swap(personal, "personal-1");
        assertEquals(Emotion.SAD, live.classify(face).top());
        assertEquals("personal-1", live.name());
        assertTrue(shipped.closed(), "the replaced model is closed");
        assertFalse(personal.closed());
        live.close();
        assertTrue(personal.closed());
    }
}
