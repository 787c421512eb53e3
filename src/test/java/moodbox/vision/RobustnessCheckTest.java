package moodbox.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import moodbox.camera.sim.SampleFaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic living room ({@code bench --faces}) with the 20 shipped sample faces. */
class RobustnessCheckTest {
    private static List<RobustnessSet.Sample> samples;

    @BeforeAll
    static void build() {
        samples = sampleSet();
    }

    private static List<RobustnessSet.Sample> sampleSet() {
        List<RobustnessSet.LabelledFace> faces = new ArrayList<>();
        SampleFaces.load().forEach((e, list) -> list.forEach(f -> faces.add(new RobustnessSet.LabelledFace(f, e))));
        return RobustnessSet.of(faces);
    }

    @Test
    void everyFaceIsShownUnderEveryCondition() {
        assertEquals(20 * RobustnessSet.Condition.values().length, samples.size());
        List<RobustnessSet.Sample> again = sampleSet();
        assertTrue(java.util.Arrays.equals(samples.get(3).frame().pixels(), again.get(3).frame().pixels()),
                "the same faces give the same frames");
    }

    @Test
    void yuNetFindsClearlyMoreFacesThanTheHaarCascade() {
        NearestFaceClassifier classifier = new NearestFaceClassifier(SampleFaces.load());
        Map<RobustnessSet.Condition, RobustnessCheck.Tally> yunet;
        Map<RobustnessSet.Condition, RobustnessCheck.Tally> haar;
        try (FaceDetector detector = FaceDetectorSettings.defaults().open()) {
            yunet = RobustnessCheck.run(samples, detector, classifier);
        }
        try (FaceDetector detector = FaceDetectorSettings.defaults().withKind(FaceDetectorKind.HAAR).open()) {
            haar = RobustnessCheck.run(samples, detector, classifier);
        }
        int yunetFound = yunet.values().stream().mapToInt(RobustnessCheck.Tally::found).sum();
        int haarFound = haar.values().stream().mapToInt(RobustnessCheck.Tally::found).sum();
        assertTrue(yunetFound >= haarFound * 1.2, "found: YuNet " + yunetFound + ", Haar " + haarFound);
        assertTrue(yunet.get(RobustnessSet.Condition.UPRIGHT).foundRate() >= 0.9, yunet.toString());
        for (RobustnessSet.Condition tilted : List.of(RobustnessSet.Condition.TILTED_15,
                RobustnessSet.Condition.TILTED_MINUS_15, RobustnessSet.Condition.BACK_LIT)) {
            assertTrue(yunet.get(tilted).found() > haar.get(tilted).found(), tilted + ": YuNet " + yunet.get(tilted)
                    + ", Haar " + haar.get(tilted));
        }
    }
}
