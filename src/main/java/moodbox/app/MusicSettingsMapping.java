package moodbox.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import moodbox.config.EmotionMusic;
import moodbox.config.Settings;
import moodbox.emotion.Emotion;
import moodbox.music.Mood;
import moodbox.music.MoodOverride;
import moodbox.music.MoodVocabulary;
import moodbox.music.MusicSettings;
import moodbox.music.PolicyMode;
import moodbox.music.PolicySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one mapping from the settings file to the music side's settings. */
final class MusicSettingsMapping {
    private static final Logger log = LoggerFactory.getLogger(MusicSettingsMapping.class);

    private MusicSettingsMapping() {
    }

    /** {@code demoWhenEmpty}: play the synthesised demo clips when no music is found (simulate mode). */
    static MusicSettings from(Settings settings, boolean demoWhenEmpty) {
        List<Path> folders = settings.music().musicFolders().stream().map(Path::of).toList();
        PolicyMode mode = PolicyMode.valueOf(settings.music().policy().name());
        PolicySettings defaults = PolicySettings.defaults();
        PolicySettings policy = new PolicySettings(mode, defaults.liftSteps(), defaults.noRepeatWindow(), overrides(settings));
        double max = Math.max(1, settings.volume().maxVolume()) / 100.0;
        double start = Math.min(max, settings.volume().startupVolume() / 100.0);
        return new MusicSettings(folders, Map.of(), policy, start, max, demoWhenEmpty);
    }

    private static Map<Emotion, MoodOverride> overrides(Settings settings) {
        MoodVocabulary vocabulary = new MoodVocabulary(Map.of());
        Map<Emotion, MoodOverride> overrides = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            EmotionMusic choice = settings.music().musicFor(e);
            List<Mood> moods = new ArrayList<>();
            for (String word : choice.moods()) {
                Optional<Mood> mood = vocabulary.lookUp(word);
                mood.ifPresentOrElse(moods::add, () -> log.warn("emotionMusic.{}: no music mood called \"{}\" (known: {}); ignored",
                        e.label(), word, List.of(Mood.values())));
            }
            if (!choice.folders().isEmpty() || !moods.isEmpty()) {
                overrides.put(e, new MoodOverride(choice.folders(), moods, List.of()));
            }
        }
        return overrides;
    }
}
