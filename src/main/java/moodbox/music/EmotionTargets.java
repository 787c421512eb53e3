package moodbox.music;

import java.util.EnumMap;
import java.util.Map;
import moodbox.emotion.Emotion;

/**
 * The table from a listener's emotion to music: where on the valence/arousal plane a matching song sits,
 * and where the lift mode leads the listener (calmer for anger and fear, happier for sadness).
 */
public final class EmotionTargets {
    private static final Map<Emotion, MoodTarget> MATCH = new EnumMap<>(Emotion.class);
    private static final Map<Emotion, MoodTarget> LIFT_GOAL = new EnumMap<>(Emotion.class);

    static {
        put(Emotion.ANGRY, -0.6, 0.7, 0.4, -0.5);
        put(Emotion.DISGUST, -0.5, 0.3, 0.5, 0.0);
        put(Emotion.FEAR, -0.5, 0.6, 0.4, -0.5);
        put(Emotion.HAPPY, 0.6, 0.4, 0.6, 0.4);
        put(Emotion.SAD, -0.6, -0.5, 0.6, 0.2);
        put(Emotion.SURPRISE, 0.4, 0.7, 0.5, 0.3);
        put(Emotion.NEUTRAL, 0.3, 0.1, 0.5, 0.1);
    }

    private EmotionTargets() {
    }

    private static void put(Emotion emotion, double v, double a, double goalV, double goalA) {
        MATCH.put(emotion, new MoodTarget(v, a));
        LIFT_GOAL.put(emotion, new MoodTarget(goalV, goalA));
    }

    /** Music that mirrors the emotion. */
    public static MoodTarget match(Emotion emotion) {
        return MATCH.get(emotion);
    }

    /** Where the lift mode ends up after its steps. */
    public static MoodTarget liftGoal(Emotion emotion) {
        return LIFT_GOAL.get(emotion);
    }
}
