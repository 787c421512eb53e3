package moodbox.vision;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import moodbox.camera.sim.SampleFaces;
import moodbox.camera.sim.SyntheticScene;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionClassifier;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvLibrary;
import org.opencv.core.Core;

/**
 * The vision figures for {@code bench}: {@code frameMs}, the median time for one 640×480 frame with a face
 * through find + crop + classify on one thread, warm, with tracking as in live use (a face moving through
 * the synthetic scene at 15 frames/s); and {@code detectMs}, the median full-frame face search without
 * tracking on the same frames. Frames are drawn before timing starts.
 */
public final class VisionBenchmark {
    static final int WARM_UP = 30;
    static final int FRAMES = 150;

    private VisionBenchmark() {
    }

    /**
     * {@code frameMs} and {@code detectMs} with the default detector (YuNet), then the same with the Haar
     * cascade as {@code haarFrameMs} and {@code haarDetectMs} when Debian's cascade file is installed. OpenCV
     * runs on one thread.
     */
    public static Map<String, Double> measure(EmotionClassifier lite) {
        OpenCvLibrary.load();
        int threads = Core.getNumThreads();
        Core.setNumThreads(1);
        try {
            Map<String, Double> figures = new LinkedHashMap<>(measure(lite, FaceDetectorSettings.defaults(), ""));
            FaceDetectorSettings haar = FaceDetectorSettings.defaults().withKind(FaceDetectorKind.HAAR);
            if (Files.isReadable(haar.cascade())) {
                figures.putAll(measure(lite, haar, "haar"));
            }
            return figures;
        } finally {
            Core.setNumThreads(threads);
        }
    }

    /** The two figures for one detector, named {@code frameMs}/{@code detectMs} after {@code prefix}. */
    public static Map<String, Double> measure(EmotionClassifier lite, FaceDetectorSettings settings, String prefix) {
        List<GrayImage> frames = sceneFrames(WARM_UP + FRAMES);
        Map<String, Double> figures = new LinkedHashMap<>();
        try (FaceDetector detector = settings.open()) {
            FrameAnalyzer analyzer = new FrameAnalyzer(detector, lite);
            double[] frameMs = new double[FRAMES];
            int withFace = 0;
            for (int i = 0; i < frames.size(); i++) {
                long start = System.nanoTime();
                FrameAnalysis analysis = analyzer.analyze(frames.get(i));
                if (i >= WARM_UP) {
                    frameMs[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
                    withFace += analysis.hasFace() ? 1 : 0;
                }
            }
            if (withFace < FRAMES * 0.9) {
                throw new IllegalStateException("the benchmark found a face in only " + withFace + " of " + FRAMES
                        + " frames with the " + detector.kind().id() + " detector");
            }
            double[] detectMs = new double[FRAMES / 3];
            for (int i = 0; i < detectMs.length; i++) {
                long start = System.nanoTime();
                detector.detect(frames.get(WARM_UP + i * 3));
                detectMs[i] = (System.nanoTime() - start) / 1e6;
            }
            figures.put(name(prefix, "frameMs"), median(frameMs));
            figures.put(name(prefix, "detectMs"), median(detectMs));
        }
        return figures;
    }

    private static String name(String prefix, String figure) {
        return prefix.isEmpty() ? figure : prefix + Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
    }

    private static List<GrayImage> sceneFrames(int count) {
        SyntheticScene scene = new SyntheticScene(SampleFaces.load(), List.of(SyntheticScene.show(Emotion.HAPPY, 60)),
                640, 480, 1);
        List<GrayImage> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            frames.add(scene.render(Duration.ofMillis(i * 66L)));
        }
        return frames;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return Math.round(median * 100) / 100.0;
    }
}
