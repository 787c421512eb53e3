package moodbox.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import moodbox.camera.sim.SampleFaces;
import moodbox.emotion.Emotion;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.vision.FaceDetector;
import moodbox.vision.FaceDetectorKind;
import moodbox.vision.FaceDetectorSettings;
import moodbox.vision.RobustnessCheck;
import moodbox.vision.RobustnessSet;

/**
 * {@code bench --faces}: the synthetic living room ({@link RobustnessSet}) through the live pipeline with the
 * lite model, YuNet beside the Haar cascade: per condition, the share of faces found and read as their label.
 * The faces are the 20 shipped FER2013 samples, or the first {@code limit} faces of a FER2013 CSV
 * ({@code --data}, PublicTest rows).
 */
final class FaceRobustnessReport {
    private FaceRobustnessReport() {
    }

    static int print(Path lite, Path data, int limit, boolean json) throws IOException {
        List<RobustnessSet.Sample> samples = RobustnessSet.of(faces(data, limit));
        Map<String, Object> out = new LinkedHashMap<>();
        try (SavedModelClassifier model = SavedModelClassifier.load(lite, 1)) {
            for (FaceDetectorKind kind : FaceDetectorKind.values()) {
                try (FaceDetector detector = FaceDetectorSettings.defaults().withKind(kind).open()) {
                    Map<String, Object> rows = new LinkedHashMap<>();
                    RobustnessCheck.run(samples, detector, model).forEach((condition, t) -> rows.put(
                            condition.name().toLowerCase(java.util.Locale.ROOT),
                            Map.of("shown", t.shown(), "found", t.found(), "readRight", t.readRight())));
                    out.put(kind.id(), rows);
                }
            }
        }
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(out));
            return 0;
        }
        System.out.printf("%-16s %6s %14s %14s%n", "condition", "faces", "found y / h", "read right y / h");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> y = (Map<String, Map<String, Integer>>) out.get("yunet");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> h = (Map<String, Map<String, Integer>>) out.get("haar");
        for (String condition : y.keySet()) {
            int n = y.get(condition).get("shown");
            System.out.printf("%-16s %6d %6.0f%% / %3.0f%% %6.0f%% / %3.0f%%%n", condition, n,
                    100.0 * y.get(condition).get("found") / n, 100.0 * h.get(condition).get("found") / n,
                    100.0 * y.get(condition).get("readRight") / n, 100.0 * h.get(condition).get("readRight") / n);
        }
        return 0;
    }

    private static List<RobustnessSet.LabelledFace> faces(Path data, int limit) throws IOException {
        List<RobustnessSet.LabelledFace> faces = new ArrayList<>();
        if (data == null) {
            SampleFaces.load().forEach((emotion, list) -> list.forEach(f -> faces.add(
                    new RobustnessSet.LabelledFace(f, emotion))));
            return faces;
        }
        FaceDataset set = Datasets.load(data, "PublicTest", false).head(limit);
        for (int i = 0; i < set.size(); i++) {
            faces.add(new RobustnessSet.LabelledFace(set.image(i), Emotion.fromIndex(set.label(i))));
        }
        return faces;
    }
}
