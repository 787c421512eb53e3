package moodbox.music;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import moodbox.config.EmotionMusic;
import moodbox.config.MusicSettings;
import moodbox.config.Policy;
import moodbox.emotion.Emotion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How songs are chosen.
 *
 * @param liftSteps      in lift mode, how many songs it takes to go from the listener's mood to the goal
 * @param noRepeatWindow how many of the most recently played songs may not come again
 * @param overrides      per-emotion folders or moods that win over the policy
 */
public record PolicySettings(Policy mode, int liftSteps, int noRepeatWindow, Map<Emotion, MoodOverride> overrides) {
    private static final Logger LOG = LoggerFactory.getLogger(PolicySettings.class);

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

    /** The policy the settings file chooses, with its per-emotion choices; unknown mood words are logged and ignored. */
    public static PolicySettings from(MusicSettings music) {
        PolicySettings defaults = defaults();
        MoodVocabulary vocabulary = new MoodVocabulary();
        Map<Emotion, MoodOverride> overrides = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            EmotionMusic choice = music.musicFor(e);
            List<Mood> moods = new ArrayList<>();
            for (String word : choice.moods()) {
                vocabulary.lookUp(word).ifPresentOrElse(moods::add, () -> LOG.warn(
                        "emotionMusic.{}: no music mood called \"{}\" (known: {}); ignored", e.label(), word, List.of(Mood.values())));
            }
            if (!choice.folders().isEmpty() || !moods.isEmpty()) {
                overrides.put(e, new MoodOverride(choice.folders(), moods));
            }
        }
        return new PolicySettings(music.policy(), defaults.liftSteps(), defaults.noRepeatWindow(), overrides);
    }

    public static PolicySettings defaults() {
        return new PolicySettings(Policy.MATCH, 4, 10, Map.of());
    }
}
