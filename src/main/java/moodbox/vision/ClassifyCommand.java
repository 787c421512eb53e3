package moodbox.vision;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import moodbox.app.Args;
import moodbox.app.Command;
import moodbox.camera.opencv.OpenCvImages;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.EmotionScores;
import moodbox.emotion.tf.SavedModelClassifier;

/**
 * {@code classify --model DIR [--json] [--cascade FILE] IMAGE...}: finds the face in each photo (the largest,
 * most central one) and reads its emotion. A file that cannot be read gets an error line and the rest go on;
 * the exit code is then 1.
 */
public final class ClassifyCommand implements Command {
    static final FaceDetectorSettings PHOTO_SEARCH = FaceDetectorSettings.photos();

    private final Function<Path, EmotionClassifier> modelLoader;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();

    public ClassifyCommand() {
        this(SavedModelClassifier::load, System.out);
    }

    ClassifyCommand(Function<Path, EmotionClassifier> modelLoader, PrintStream out) {
        this.modelLoader = modelLoader;
        this.out = out;
    }

    @Override
    public String usage() {
        return "classify --model DIR [--json] [--cascade FILE] IMAGE...   find the face in each photo and read its emotion";
    }

    @Override
    public int run(Args args) throws Exception {
        Path modelDir = Path.of(args.required("--model"));
        boolean asJson = args.flag("--json");
        Path cascade = Path.of(args.option("--cascade", PHOTO_SEARCH.cascade().toString()));
        args.rejectUnknown();
        List<String> images = args.positional();
        if (images.isEmpty()) {
            throw new Args.UsageException("give at least one image file");
        }
        int failures = 0;
        try (FaceDetector detector = new CascadeFaceDetector(PHOTO_SEARCH.withCascade(cascade));
             EmotionClassifier classifier = modelLoader.apply(modelDir)) {
            FrameAnalyzer analyzer = new FrameAnalyzer(detector, classifier);
            for (String image : images) {
                Map<String, Object> result = classifyOne(analyzer, image);
                failures += result.containsKey("error") ? 1 : 0;
                out.println(asJson ? json.writeValueAsString(result) : asText(result));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static Map<String, Object> classifyOne(FrameAnalyzer analyzer, String image) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", image);
        FrameAnalysis analysis;
        try {
            analyzer.reset();
            analysis = analyzer.analyze(OpenCvImages.read(Path.of(image)));
        } catch (IOException | RuntimeException e) {
            result.put("error", e.getMessage());
            return result;
        }
        result.put("face", analysis.hasFace());
        result.put("box", analysis.face().map(FaceBox::asList).orElse(null));
        result.put("emotion", analysis.scores().map(s -> s.top().label()).orElse(null));
        result.put("confidence", analysis.scores().map(EmotionScores::topProbability).orElse(null));
        result.put("probabilities", analysis.scores().map(EmotionScores::asLabelMap).orElse(null));
        return result;
    }

    private static String asText(Map<String, Object> r) {
        if (r.containsKey("error")) {
            return r.get("file") + ": error: " + r.get("error");
        }
        if (!(Boolean) r.get("face")) {
            return r.get("file") + ": no face found";
        }
        return String.format("%s: %s %.2f (face at %s)", r.get("file"), r.get("emotion"), (Float) r.get("confidence"),
                r.get("box"));
    }
}
