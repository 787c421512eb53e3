package moodbox.music;

import java.util.Map;
import moodbox.emotion.Emotion;

/**
 * How songs are chosen.
 *
 * @param liftSteps      in lift mode, how many songs it takes to go from the listener's mood to the goal
 * @param noRepeatWindow how many of the most recently played songs may not come again
 * @param overrides      per-emotion folders or song lists that win over the policy
 */
public record PolicySettings(PolicyMode mode, int liftSteps, int noRepeatWindow, Map<Emotion, MoodOverride> overrides) {
    public PolicySettings {
        if (mode == null) {
            throw new IllegalArgumentException("policy mode must be match or lift");
        }
        if (liftSteps < 1) {
            throw new IllegalArgumentException("lift steps must be at least 1, not " + liftSteps);
        }
        if (noRepeatWindow < 0) {
            throw new IllegalArgumentException("no-repeat window must not be negative, not " + noRepeatWindow);
        }
        overrides = Map.copyOf(overrides);
    }

    public static PolicySettings defaults() {
        return new PolicySettings(PolicyMode.MATCH, 4, 10, Map.of());
    }
}
