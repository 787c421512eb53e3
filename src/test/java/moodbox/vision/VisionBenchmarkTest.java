package moodbox.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import moodbox.camera.sim.SampleFaces;
import org.junit.jupiter.api.Test;

class VisionBenchmarkTest {
    @Test
    void reportsBothFiguresForFramesThatShowAFace() {
        NearestFaceClassifier classifier = new NearestFaceClassifier(SampleFaces.load());
        Map<String, Double> figures = VisionBenchmark.measure(classifier);
        assertEquals(java.util.List.of("frameMs", "detectMs", "haarFrameMs", "haarDetectMs"),
                java.util.List.copyOf(figures.keySet()), "YuNet's figures, then the Haar cascade's beside them");
        assertTrue(figures.values().stream().allMatch(ms -> ms > 0), figures.toString());
        assertTrue(classifier.calls >= 2 * VisionBenchmark.FRAMES * 0.9,
                "every timed frame is classified, with each detector: " + classifier.calls);
    }

    @Test
    void theMedianIsTheMiddleValue() {
        assertEquals(3.0, VisionBenchmark.median(new double[] {9, 1, 3}));
        assertEquals(2.5, VisionBenchmark.median(new double[] {4, 1, 2, 3}));
    }
}
