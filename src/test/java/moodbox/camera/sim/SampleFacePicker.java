package moodbox.camera.sim;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import moodbox.emotion.Emotion;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import moodbox.vision.CascadeFaceDetector;
import moodbox.vision.FaceDetectorSettings;
import moodbox.vision.FrameAnalysis;
import moodbox.vision.FrameAnalyzer;

/**
 * Not a test: the tool that picked the shipped sample faces (see faces/README.md). Usage, from the test
 * classpath: {@code SampleFacePicker PUBLICTEST_CSV_GZ LITE_MODEL_DIR OUT_DIR}. In file order, it keeps the first
 * three faces of each emotion (within the first 3,000 rows) that, placed in the synthetic scene at eight
 * moments, the live pipeline finds and reads as their label with probability >= 0.4 at least seven times.
 */
public final class SampleFacePicker {
    private SampleFacePicker() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[2]));
        int[] taken = new int[Emotion.COUNT];
        try (var model = SavedModelClassifier.load(Path.of(args[1]));
             var detector = new CascadeFaceDetector(FaceDetectorSettings.defaults());
             var csv = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(Path.of(args[0])))))) {
            csv.readLine();
            String line;
            for (int row = 1; (line = csv.readLine()) != null && row <= 3000; row++) {
                String[] fields = line.split(",");
                Emotion emotion = Emotion.fromIndex(Integer.parseInt(fields[0]));
                if (taken[emotion.index()] >= 3) {
                    continue;
                }
                String[] values = fields[1].split(" ");
                byte[] px = new byte[values.length];
                for (int i = 0; i < px.length; i++) {
                    px[i] = (byte) Integer.parseInt(values[i]);
                }
                GrayImage face = new GrayImage(48, 48, px);
                SyntheticScene scene = new SyntheticScene(Map.of(emotion, List.of(face)),
                        List.of(SyntheticScene.show(emotion, 100)), 640, 480, 1);
                int good = 0;
                for (int k = 0; k < 8; k++) {
                    Duration t = Duration.ofMillis(k * 11_700L);
                    SyntheticScene.Placement at = scene.placementAt(t);
                    FrameAnalysis seen = new FrameAnalyzer(detector, model).analyze(scene.render(t));
                    boolean found = seen.face().filter(f -> f.box().overlap(new FaceBox(at.x(), at.y(), at.size(), at.size())) > 0.5)
                            .isPresent();
                    if (found && seen.scores().get().top() == emotion && seen.scores().get().topProbability() >= 0.4) {
                        good++;
                    }
                }
                if (good >= 7) {
                    taken[emotion.index()]++;
                    Files.write(out.resolve(emotion.label().toLowerCase(Locale.ROOT) + "-" + row + ".png"),
                            OpenCvImages.encodePng(face));
                }
            }
        }
    }
}
