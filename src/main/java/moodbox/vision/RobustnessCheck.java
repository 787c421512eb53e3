package moodbox.vision;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import moodbox.emotion.EmotionClassifier;

/**
 * Runs the live pipeline (find, crop or align, classify) on a {@link RobustnessSet} with one detector and
 * counts, per condition, the faces found (a detection on the placed face) and read right (its label).
 */
public final class RobustnessCheck {
    /** Counts for one condition. */
    public record Tally(int shown, int found, int readRight) {
        Tally plus(boolean wasFound, boolean wasRight) {
            return new Tally(shown + 1, found + (wasFound ? 1 : 0), readRight + (wasRight ? 1 : 0));
        }

        public double foundRate() {
            return shown == 0 ? 0 : (double) found / shown;
        }

        public double rightRate() {
            return shown == 0 ? 0 : (double) readRight / shown;
        }
    }

    private RobustnessCheck() {
    }

    public static Map<RobustnessSet.Condition, Tally> run(List<RobustnessSet.Sample> samples, FaceDetector detector,
            EmotionClassifier classifier) {
        Map<RobustnessSet.Condition, Tally> tallies = new EnumMap<>(RobustnessSet.Condition.class);
        FrameAnalyzer analyzer = new FrameAnalyzer(detector, classifier);
        for (RobustnessSet.Sample sample : samples) {
            analyzer.reset();
            FrameAnalysis analysis = analyzer.analyze(sample.frame());
            boolean found = analysis.face().filter(f -> sample.isOnTheFace(f.box())).isPresent();
            boolean right = found && analysis.scores().orElseThrow().top() == sample.label();
            tallies.merge(sample.condition(), new Tally(1, found ? 1 : 0, right ? 1 : 0),
                    (a, b) -> a.plus(b.found() > 0, b.readRight() > 0));
        }
        return tallies;
    }
}
