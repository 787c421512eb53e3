package moodbox.engine;

import java.time.Duration;
import moodbox.emotion.EmotionScores;

/**
 * What the engine needs from the mood reader: frames' scores in, a {@link Verdict} out once a detection window
 * has been watched. The wiring adapts {@code moodbox.mood}'s reader; tests use a scripted judge.
 */
public interface MoodJudge {
    /** Forgets what it saw: the next verdict other than LOOKING comes one window from now. */
    void detectNow();

    /** One frame: its face's scores, or {@code null} when no face was read. */
    Verdict offer(EmotionScores scoresOrNull);

    /** New window length and confidence threshold (a settings change); starts a fresh window. */
    void configure(Duration window, double threshold);
}
