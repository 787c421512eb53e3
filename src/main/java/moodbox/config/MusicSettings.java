package moodbox.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import moodbox.emotion.Emotion;

/**
 * What plays: the policy ({@code match} or {@code lift}), an {@link EmotionMusic} choice per emotion and the
 * music locations to scan (absolute folders; USB sticks are mounted under {@code /media}).
 */
public record MusicSettings(Policy policy, Map<Emotion, EmotionMusic> emotionMusic, List<String> musicFolders) {

    public MusicSettings {
        InvalidSettingException.check(policy != null, "policy", "policy must be \"match\" or \"lift\"");
        InvalidSettingException.check(emotionMusic.keySet().containsAll(List.of(Emotion.values())), "emotionMusic",
                "emotionMusic needs an entry for each of the seven emotions");
        emotionMusic = Map.copyOf(new EnumMap<>(emotionMusic));
        InvalidSettingException.check(!musicFolders.isEmpty(), "musicFolders", "musicFolders needs at least one folder");
        for (String folder : musicFolders) {
            InvalidSettingException.check(folder.startsWith("/") && !folder.contains("/../") && !folder.endsWith("/.."),
                    "musicFolders", "musicFolders: \"" + folder + "\" must be an absolute folder such as /media");
        }
        musicFolders = List.copyOf(musicFolders);
    }

    public static MusicSettings defaults() {
        Map<Emotion, EmotionMusic> automatic = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            automatic.put(e, EmotionMusic.AUTOMATIC);
        }
        return new MusicSettings(Policy.MATCH, automatic, List.of("/media"));
    }

    public EmotionMusic musicFor(Emotion emotion) {
        return emotionMusic.get(emotion);
    }
}
