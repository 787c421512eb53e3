package moodbox.music;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import moodbox.config.Policy;
import moodbox.emotion.Emotion;

/**
 * Chooses the next song for an emotion. Pure: knows tracks by their valence/arousal, never plays anything.
 */
public final class MusicPolicy {
    /** Songs this much farther from the target than the nearest one still count as "near" (for variety). */
    static final double NEAR_MARGIN = 0.15;
    private static final int MAX_NEAR = 5;

    private final PolicySettings settings;
    private final Random random;

    public MusicPolicy(PolicySettings settings, Random random) {
        this.settings = settings;
        this.random = random;
    }

    /**
     * The target for the {@code step}-th song (0 = first) since the listener entered this emotion. Match
     * mode always mirrors; lift starts at the mirror and reaches the goal after {@code liftSteps} songs.
     */
    public MoodTarget target(Emotion emotion, int step) {
        MoodTarget match = EmotionTargets.match(emotion);
        if (settings.mode() == Policy.MATCH) {
            return match;
        }
        double t = Math.min(1.0, step / (double) settings.liftSteps());
        return match.toward(EmotionTargets.liftGoal(emotion), t);
    }

    /**
     * Picks a song near the target, never one of the last {@code noRepeatWindow} played (unless nothing
     * else is left, then the one played longest ago). {@code recent} lists played paths, oldest first.
     */
    public Optional<Track> pick(Emotion emotion, int step, List<Track> tracks, List<Path> recent) {
        List<Track> pool = overridden(emotion, tracks);
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        List<Path> window = recent.subList(Math.max(0, recent.size() - settings.noRepeatWindow()), recent.size());
        List<Track> fresh = pool.stream().filter(t -> !window.contains(t.path())).toList();
        if (fresh.isEmpty()) {
            return pool.stream().min(Comparator.comparingInt(t -> recent.lastIndexOf(t.path())));
        }
        MoodTarget target = target(emotion, step);
        List<Track> sorted = new ArrayList<>(fresh);
        sorted.sort(Comparator.comparingDouble(target::distanceTo));
        double limit = target.distanceTo(sorted.get(0)) + NEAR_MARGIN;
        List<Track> near = sorted.stream().filter(t -> target.distanceTo(t) <= limit).limit(MAX_NEAR).toList();
        return Optional.of(near.get(random.nextInt(near.size())));
    }

    private List<Track> overridden(Emotion emotion, List<Track> tracks) {
        MoodOverride override = settings.overrides().get(emotion);
        if (override == null) {
            return tracks;
        }
        List<Track> chosen = tracks.stream().filter(override::covers).toList();
        return chosen.isEmpty() ? tracks : chosen;
    }
}
