package moodbox.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import moodbox.camera.sim.SyntheticScene;
import moodbox.emotion.Emotion;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FrameAnalyzerTest {
    private static final Map<Emotion, List<GrayImage>> FACES = NearestFaceClassifier.oneFacePerEmotion();
    private static CascadeFaceDetector cascade;

    @BeforeAll
    static void load() {
        cascade = new CascadeFaceDetector(FaceDetectorSettings.defaults());
    }

    @AfterAll
    static void close() {
        cascade.close();
    }

    @Test
    void findsTracksAndReadsTheFaceInAMovingScene() {
        SyntheticScene scene = new SyntheticScene(FACES, List.of(SyntheticScene.show(Emotion.SURPRISE, 60)), 640, 480, 3);
        CountingDetector detector = new CountingDetector(cascade);
        FrameAnalyzer analyzer = new FrameAnalyzer(detector, new NearestFaceClassifier(FACES));
        int found = 0;
        int read = 0;
        for (int frame = 0; frame < 90; frame++) {
            Duration t = Duration.ofMillis(frame * 100L);
            FrameAnalysis analysis = analyzer.analyze(scene.render(t));
            SyntheticScene.Placement at = scene.placementAt(t);
            if (analysis.face().filter(f -> f.box().overlap(new FaceBox(at.x(), at.y(), at.size(), at.size())) > 0.5).isPresent()) {
                found++;
                read += analysis.scores().orElseThrow().top() == Emotion.SURPRISE ? 1 : 0;
            }
        }
        assertTrue(found >= 86, "face found in " + found + " of 90 frames");
        assertTrue(read >= found * 0.9, "read as Surprise in " + read + " of " + found);
        assertTrue(detector.near > 60, "tracking searches: " + detector.near);
        assertTrue(detector.full <= 10, "full searches: " + detector.full);
    }

    @Test
    void reportsNoFaceWhenNobodyIsThereAndSearchesTheWholeFrameAgain() {
        SyntheticScene scene = new SyntheticScene(FACES, List.of(SyntheticScene.show(Emotion.HAPPY, 2),
                SyntheticScene.nobody(2)), 640, 480, 3);
        NearestFaceClassifier classifier = new NearestFaceClassifier(FACES);
        CountingDetector detector = new CountingDetector(cascade);
        FrameAnalyzer analyzer = new FrameAnalyzer(detector, classifier);
        FrameAnalysis seen = analyzer.analyze(scene.render(Duration.ofMillis(1000)));
        assertTrue(seen.hasFace());
        moodbox.image.GrayImage crop = seen.crop().orElseThrow();
        assertEquals(48, crop.width(), "the crop is the model's preprocessed input");
        assertEquals(48, crop.height());
        assertEquals(seen.scores().orElseThrow(), classifier.classify(crop), "the scores are the model's reading of that crop");
        int callsWithFace = classifier.calls;
        FrameAnalysis empty = analyzer.analyze(scene.render(Duration.ofMillis(3000)));
        assertFalse(empty.hasFace());
        assertTrue(empty.scores().isEmpty());
        assertTrue(empty.crop().isEmpty());
        assertEquals(callsWithFace, classifier.calls, "nothing is classified without a face");
        assertEquals(2, detector.full, "after the tracked face is lost, the whole frame is searched");
    }

    @Test
    void theCropIsFramedLikeAFer2013Face() {
        GrayImage frame = new GrayImage(200, 200, new byte[200 * 200]);
        GrayImage crop = FaceCrop.crop(frame, new FaceBox(50, 60, 100, 100));
        assertEquals(105, crop.width());
        assertEquals(105, crop.height());
        assertEquals(new FaceBox(48, 59, 105, 105), FaceCrop.framing(new FaceBox(50, 60, 100, 100), 200, 200));
        assertEquals(new FaceBox(0, 0, 52, 53), FaceCrop.framing(new FaceBox(0, 0, 50, 50), 200, 200), "clipped at the edge");
    }

    /** The real detector, counting which search was used. */
    static final class CountingDetector implements FaceDetector {
        private final FaceDetector real;
        int full;
        int near;

        CountingDetector(FaceDetector real) {
            this.real = real;
        }

        @Override
        public List<Face> detect(GrayImage frame) {
            full++;
            return real.detect(frame);
        }

        @Override
        public List<Face> detectNear(GrayImage frame, FaceBox last) {
            near++;
            return real.detectNear(frame, last);
        }

        @Override
        public FaceDetectorKind kind() {
            return real.kind();
        }

        @Override
        public void close() {
        }
    }
}
