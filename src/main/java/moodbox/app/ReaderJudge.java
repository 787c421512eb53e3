package moodbox.app;

import java.time.Clock;
import java.time.Duration;
import moodbox.emotion.EmotionScores;
import moodbox.engine.MoodJudge;
import moodbox.engine.Verdict;
import moodbox.mood.MoodDecision;
import moodbox.mood.MoodReader;
import moodbox.mood.MoodSettings;

/** The mood reader behind the engine's {@link MoodJudge}; a settings change makes a fresh reader. */
final class ReaderJudge implements MoodJudge {
    private final Clock clock;
    private MoodReader reader;

    ReaderJudge(Duration window, double threshold, Clock clock) {
        this.clock = clock;
        configure(window, threshold);
    }

    @Override
    public void detectNow() {
        reader.detectNow();
    }

    @Override
    public Verdict offer(EmotionScores scoresOrNull) {
        MoodDecision decision = scoresOrNull == null ? reader.offerNoFace() : reader.offer(scoresOrNull);
        return switch (decision.kind()) {
            case LOOKING -> Verdict.LOOKING;
            case MOOD -> Verdict.mood(decision.emotion().orElseThrow(), decision.confidence());
            case NO_FACE -> Verdict.NO_FACE;
            case NOT_SURE -> Verdict.NOT_SURE;
        };
    }

    @Override
    public void configure(Duration window, double threshold) {
        reader = new MoodReader(new MoodSettings(window, threshold, MoodSettings.defaults().margin()), clock);
    }
}
