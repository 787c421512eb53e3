package moodbox.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import moodbox.config.EmotionMusic;
import moodbox.config.MusicSettings;
import moodbox.config.Policy;
import moodbox.emotion.Emotion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the settings file's music section becomes the policy's settings: the mode and the per-emotion choices. */
class PolicySettingsTest {

    private static List<String> words(String list) {
        return list == null ? List.of() : Arrays.asList(list.split(" "));
    }

    @ParameterizedTest
    @CsvSource({
            // policy, folders, mood words,  override folders, override moods (null: no override)
            "match, , , , ",
            "lift, Calm, , Calm, ",
            "match, , calm, , CALM",
            "match, Albums/Chill, happy sad, Albums/Chill, HAPPY SAD",
            // an unknown mood word is dropped (and logged); with nothing left there is no override
            "match, , gloomy, , ",
            "lift, Rain, gloomy calm, Rain, CALM"})
    void settingsBecomePolicySettings(String policy, String folders, String moods, String overrideFolders, String overrideMoods) {
        Map<Emotion, EmotionMusic> choices = new EnumMap<>(MusicSettings.defaults().emotionMusic());
        choices.put(Emotion.SAD, new EmotionMusic(words(folders), words(moods)));
        PolicySettings settings = PolicySettings.from(new MusicSettings(Policy.fromJson(policy), choices, List.of("/media")));
        assertEquals(Policy.fromJson(policy), settings.mode());
        assertEquals(PolicySettings.defaults().liftSteps(), settings.liftSteps());
        if (overrideFolders == null && overrideMoods == null) {
            assertFalse(settings.overrides().containsKey(Emotion.SAD), settings.overrides().toString());
        } else {
            MoodOverride override = settings.overrides().get(Emotion.SAD);
            assertEquals(words(overrideFolders), override.folders());
            assertEquals(words(overrideMoods).stream().map(Mood::valueOf).toList(), override.moods());
        }
        assertEquals(overrideFolders == null && overrideMoods == null ? 0 : 1, settings.overrides().size(),
                "automatic emotions have no override");
    }
}
