package moodbox.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import moodbox.config.Policy;
import moodbox.emotion.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MusicPolicyTest {
    /** One song at the centre of each mood, far enough apart that only one is ever "near". */
    private static final List<Track> LIBRARY = List.of(
            Tracks.at("/m/happy.mp3", Mood.HAPPY.valence(), Mood.HAPPY.arousal()),
            Tracks.at("/m/energetic.mp3", Mood.ENERGETIC.valence(), Mood.ENERGETIC.arousal()),
            Tracks.at("/m/calm.mp3", Mood.CALM.valence(), Mood.CALM.arousal()),
            Tracks.at("/m/sad.mp3", Mood.SAD.valence(), Mood.SAD.arousal()),
            Tracks.at("/m/angry.mp3", Mood.ANGRY.valence(), Mood.ANGRY.arousal()));

    private static MusicPolicy policy(Policy mode) {
        return new MusicPolicy(new PolicySettings(mode, 3, 0, Map.of()), new Random(1));
    }

    @ParameterizedTest(name = "match {0} -> {1}")
    @CsvSource({
            "ANGRY, angry",
            "FEAR, angry",
            "HAPPY, happy",
            "SAD, sad",
            "SURPRISE, energetic",
            "NEUTRAL, happy",
    })
    void matchModeMirrorsTheEmotion(Emotion emotion, String expected) {
        for (int step = 0; step < 5; step++) {
            Track picked = policy(Policy.MATCH).pick(emotion, step, LIBRARY, List.of()).orElseThrow();
            assertEquals("/m/" + expected + ".mp3", picked.path().toString(), "step " + step);
        }
    }

    @ParameterizedTest(name = "lift {0}: first {1}, finally {2}")
    @CsvSource({
            "ANGRY, angry, calm",
            "FEAR, angry, calm",
            "SAD, sad, happy",
            "HAPPY, happy, happy",
    })
    void liftModeStartsAtTheMoodAndEndsAtTheGoal(Emotion emotion, String first, String last) {
        MusicPolicy policy = policy(Policy.LIFT);
        assertEquals("/m/" + first + ".mp3", policy.pick(emotion, 0, LIBRARY, List.of()).orElseThrow().path().toString());
        assertEquals("/m/" + last + ".mp3", policy.pick(emotion, 3, LIBRARY, List.of()).orElseThrow().path().toString());
        assertEquals("/m/" + last + ".mp3", policy.pick(emotion, 9, LIBRARY, List.of()).orElseThrow().path().toString());
    }

    @ParameterizedTest(name = "lift {0} step {1} -> ({2}, {3})")
    @CsvSource({
            "SAD, 0, -0.6, -0.5",
            "SAD, 1, -0.2, -0.26666666666666666",
            "SAD, 2, 0.2, -0.03333333333333333",
            "SAD, 3, 0.6, 0.2",
            "ANGRY, 0, -0.6, 0.7",
            "ANGRY, 3, 0.4, -0.5",
            "ANGRY, 7, 0.4, -0.5",
    })
    void liftTargetMovesStepByStep(Emotion emotion, int step, double valence, double arousal) {
        MoodTarget target = policy(Policy.LIFT).target(emotion, step);
        assertEquals(valence, target.valence(), 1e-9);
        assertEquals(arousal, target.arousal(), 1e-9);
    }

    @Test
    void neverRepeatsWithinTheWindow() {
        List<Track> sadSongs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sadSongs.add(Tracks.at("/m/sad" + i + ".mp3", -0.6 + i * 0.01, -0.5));
        }
        MusicPolicy policy = new MusicPolicy(new PolicySettings(Policy.MATCH, 1, 3, Map.of()), new Random(7));
        List<Path> played = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Track next = policy.pick(Emotion.SAD, i, sadSongs, played).orElseThrow();
            List<Path> window = played.subList(Math.max(0, played.size() - 3), played.size());
            assertTrue(!window.contains(next.path()), "repeated " + next.path() + " after " + window);
            played.add(next.path());
        }
    }

    @Test
    void whenEverySongWasJustPlayedTheOldestComesBack() {
        List<Track> two = List.of(LIBRARY.get(0), LIBRARY.get(3));
        MusicPolicy policy = new MusicPolicy(new PolicySettings(Policy.MATCH, 1, 5, Map.of()), new Random(1));
        List<Path> played = List.of(Path.of("/m/sad.mp3"), Path.of("/m/happy.mp3"));
        assertEquals(Path.of("/m/sad.mp3"), policy.pick(Emotion.HAPPY, 0, two, played).orElseThrow().path());
    }

    @ParameterizedTest(name = "override {0} / {1} -> {2}")
    @CsvSource({
            "m, , /m/sad.mp3",
            "other/DEEP, , /other/deep/sadder.mp3",
            ", happy, /m/happy.mp3",
            "no-such-folder, , /m/sad.mp3",
    })
    void overridesWinOverThePolicy(String folder, String mood, String expected) {
        List<Track> library = new ArrayList<>(LIBRARY);
        library.add(Tracks.at("/other/deep/sadder.mp3", -0.6, -0.5));
        MoodOverride override = new MoodOverride(folder == null ? List.of() : List.of(folder),
                mood == null ? List.of() : List.of(Mood.fromLabel(mood)));
        MusicPolicy policy = new MusicPolicy(new PolicySettings(Policy.MATCH, 1, 0, Map.of(Emotion.SAD, override)), new Random(1));
        Path picked = policy.pick(Emotion.SAD, 0, library, List.of()).orElseThrow().path();
        if (folder != null && folder.equals("no-such-folder")) {
            assertTrue(picked.toString().contains("sad"), "an override that matches nothing falls back to the policy: " + picked);
        } else {
            assertEquals(Path.of(expected), picked);
        }
    }

    @Test
    void nearSongsAreVaried() {
        List<Track> happy = List.of(Tracks.at("/a.mp3", 0.6, 0.3), Tracks.at("/b.mp3", 0.62, 0.31), Tracks.at("/c.mp3", 0.58, 0.3));
        MusicPolicy policy = new MusicPolicy(new PolicySettings(Policy.MATCH, 1, 0, Map.of()), new Random(3));
        Track first = policy.pick(Emotion.HAPPY, 0, happy, List.of()).orElseThrow();
        boolean other = false;
        for (int i = 0; i < 30 && !other; i++) {
            other = !policy.pick(Emotion.HAPPY, 0, happy, List.of()).orElseThrow().equals(first);
        }
        assertTrue(other, "always the same of three equally near songs");
    }

    @Test
    void emptyLibraryPicksNothingAndBadSettingsAreRefused() {
        assertTrue(policy(Policy.MATCH).pick(Emotion.HAPPY, 0, List.of(), List.of()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new PolicySettings(Policy.LIFT, 0, 1, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new PolicySettings(Policy.LIFT, 1, -1, Map.of()));
        assertNotEquals(EmotionTargets.match(Emotion.SAD), EmotionTargets.liftGoal(Emotion.SAD));
    }
}
