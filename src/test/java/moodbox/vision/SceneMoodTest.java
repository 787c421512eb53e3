package moodbox.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import moodbox.camera.sim.SceneSource;
import moodbox.camera.sim.SyntheticScene;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;
import moodbox.mood.MoodDecision;
import moodbox.mood.MoodReader;
import moodbox.mood.MoodSettings;
import moodbox.testing.ManualClock;
import org.junit.jupiter.api.Test;

/** The whole live path — simulated camera, face finding, crop, classifier, mood reader — over the demo scene. */
class SceneMoodTest {
    private static final Duration FRAME = Duration.ofMillis(125);

    @Test
    void theDemoSceneGivesSteadyMoodsThatFollowTheFaces() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2025-01-01T10:00:00Z"));
        Map<Emotion, List<GrayImage>> faces = NearestFaceClassifier.oneFacePerEmotion();
        SyntheticScene scene = new SyntheticScene(faces, SyntheticScene.demoScript(), 640, 480, 1);
        MoodSettings settings = MoodSettings.defaults();
        MoodReader reader = new MoodReader(settings, clock);
        List<MoodDecision> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> segmentEnds = new ArrayList<>();
        int readRight = 0;
        Optional<Emotion> shownBefore = Optional.empty();
        Instant segmentStart = clock.instant();
        Instant start = clock.instant();
        try (CascadeFaceDetector detector = new CascadeFaceDetector(FaceDetectorSettings.defaults());
             SceneSource camera = new SceneSource(scene, clock, clock::advance, FRAME)) {
            FrameAnalyzer analyzer = new FrameAnalyzer(detector, new NearestFaceClassifier(faces));
            MoodDecision previous = reader.current();
            for (int frame = 0; frame < 87 * 8; frame++) {
                FrameAnalysis analysis = analyzer.analyze(camera.next());
                MoodDecision now = analysis.scores().map(reader::offer).orElseGet(reader::offerNoFace);
                Optional<Emotion> shown = scene.emotionAt(Duration.between(start, clock.instant()));
                if (!shown.equals(shownBefore)) {
                    if (shownBefore.isPresent()) {
                        segmentEnds.add(shownBefore.get().label() + " read as " + previous);
                        readRight += previous.emotion().equals(shownBefore) ? 1 : 0;
                    }
                    shownBefore = shown;
                    segmentStart = clock.instant();
                }
                if (shown.isEmpty() && Duration.between(segmentStart, clock.instant()).compareTo(settings.window()) >= 0
                        && now.kind() != MoodDecision.Kind.NO_FACE) {
                    problems.add("nobody in view for a window, still " + now);
                }
                if (!now.sameVerdict(previous)) {
                    changes.add(now);
                }
                previous = now;
            }
        }
        for (int i = 1; i < changes.size(); i++) {
            Duration between = Duration.between(changes.get(i - 1).at(), changes.get(i).at());
            boolean faceToFace = changes.get(i).kind() != MoodDecision.Kind.NO_FACE
                    && changes.get(i - 1).kind() != MoodDecision.Kind.NO_FACE;
            if (faceToFace && between.compareTo(settings.window()) < 0) {
                problems.add("flipped twice within " + between.toMillis() + " ms: " + changes.get(i - 1) + " -> " + changes.get(i));
            }
        }
        assertEquals(List.of(), problems, "mood changes: " + changes);
        assertTrue(changes.size() >= 10, "every segment should show: " + changes);
        assertEquals(segmentEnds.size(), readRight, "segments whose mood was right at their end: " + segmentEnds);
    }
}
