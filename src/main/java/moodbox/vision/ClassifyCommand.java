package moodbox.vision;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import moodbox.cli.Args;
import moodbox.cli.Command;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.EmotionScores;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.image.opencv.OpenCvImages;

/**
 * {@code classify --model DIR [--json] [--detector yunet|haar] [--cascade FILE] IMAGE...}: finds the face in each
 * photo (the largest, most central one) with YuNet (or the Haar cascade: {@code --cascade} implies it) and reads
 * its emotion. A file that cannot be read gets an error line and the rest go on;
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
        return "classify --model DIR [--json] [--detector yunet|haar] [--cascade FILE] IMAGE...   find the face in each photo and read its emotion";
    }

    @Override
    public int run(Args args) throws Exception {
        Path modelDir = Path.of(args.required("--model"));
        boolean asJson = args.flag("--json");
        FaceDetectorSettings search = PHOTO_SEARCH.withKind(FaceDetectorKind.named(
                args.option("--detector", PHOTO_SEARCH.kind().id())));
        String cascade = args.option("--cascade", null);
        if (cascade != null) {
            search = search.withCascade(Path.of(cascade));
        }
        args.rejectUnknown();
        List<String> images = args.positional();
        if (images.isEmpty()) {
            throw new Args.UsageException("give at least one image file");
        }
        int failures = 0;
        try (FaceDetector detector = search.open();
             EmotionClassifier classifier = modelLoader.apply(modelDir)) {
            FrameAnalyzer analyzer = new FrameAnalyzer(detector, classifier);
            for (String image : images) {
                Map<String, Object> result = classifyOne(analyzer, detector.kind(), image);
                failures += result.containsKey("error") ? 1 : 0;
                out.println(asJson ? json.writeValueAsString(result) : asText(result));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static Map<String, Object> classifyOne(FrameAnalyzer analyzer, FaceDetectorKind detector, String image) {
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
        result.put("box", analysis.face().map(f -> f.box().asList()).orElse(null));
        result.put("landmarks", analysis.face().flatMap(Face::landmarks).map(Landmarks::asList).orElse(null));
        result.put("detector", detector.id());
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
