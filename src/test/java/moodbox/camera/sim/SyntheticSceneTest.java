package moodbox.camera.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import moodbox.emotion.Emotion;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.GrayImage;
import moodbox.image.PixelCorrelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntheticSceneTest {
    private static final Map<Emotion, List<GrayImage>> FACES = SampleFaces.load();
    private final SyntheticScene scene = new SyntheticScene(FACES, List.of(SyntheticScene.show(Emotion.HAPPY, 5),
            SyntheticScene.nobody(2), SyntheticScene.show(Emotion.SAD, 3)), 640, 480, 1);

    @Test
    void shipsSampleFacesForEveryEmotion() {
        assertEquals(Emotion.COUNT, FACES.size());
        FACES.values().forEach(list -> list.forEach(face -> assertEquals(48, face.width())));
    }

    @ParameterizedTest
    @CsvSource({"0, Happy", "4999, Happy", "5000, nobody", "6999, nobody", "7000, Sad", "9999, Sad", "10000, Happy", "17500, Sad"})
    void followsTheScriptInALoop(long millis, String emotion) {
        Optional<Emotion> expected = emotion.equals("nobody") ? Optional.empty() : Optional.of(Emotion.fromLabel(emotion));
        assertEquals(expected, scene.emotionAt(Duration.ofMillis(millis)));
    }

    @Test
    void drawsTheFaceWhereItSaysAndNothingWhenNobodyIsThere() {
        SyntheticScene.Placement at = scene.placementAt(Duration.ofMillis(1000));
        assertTrue(at.size() >= 100 && at.size() <= 190, "face size " + at.size());
        double withFace = bestMatch(region(scene.render(Duration.ofMillis(1000)), at));
        double nobody = bestMatch(region(scene.render(Duration.ofMillis(6000)), at));
        assertTrue(withFace > 0.9, "the happy face is drawn there: " + withFace);
        assertTrue(nobody < 0.5, "no face drawn while nobody is there: " + nobody);
        assertNotEquals(at, scene.placementAt(Duration.ofMillis(3000)), "the face moves");
    }

    private static GrayImage region(GrayImage frame, SyntheticScene.Placement at) {
        byte[] px = new byte[at.size() * at.size()];
        for (int y = 0; y < at.size(); y++) {
            System.arraycopy(frame.pixels(), (at.y() + y) * frame.width() + at.x(), px, y * at.size(), at.size());
        }
        return FacePreprocessing.resize(new GrayImage(at.size(), at.size(), px), 48, 48);
    }

    private static double bestMatch(GrayImage region) {
        return FACES.get(Emotion.HAPPY).stream().mapToDouble(face -> PixelCorrelation.of(face, region)).max().orElseThrow();
    }

    @Test
    void isRepeatableAndChangesBrightness() {
        assertArrayEquals(scene.render(Duration.ofMillis(1234)).pixels(), scene.render(Duration.ofMillis(1234)).pixels());
        assertTrue(Math.abs(scene.brightnessAt(Duration.ofSeconds(9)) - scene.brightnessAt(Duration.ofSeconds(27))) > 0.3);
    }

    @Test
    void refusesAScriptWithAnEmotionItHasNoFaceFor() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticScene(Map.of(Emotion.HAPPY, FACES.get(Emotion.HAPPY)),
                List.of(SyntheticScene.show(Emotion.SAD, 1)), 640, 480, 1));
    }
}
