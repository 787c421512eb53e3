package moodbox.music;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The music side's settings, as the appliance maps them from the global settings file.
 *
 * @param musicFolders  folders to treat as music sticks besides the standard mount places (a folder equal to
 *                      a place's base, such as {@code /media}, just names that place)
 * @param folderAliases extra folder names (or tag words) for moods, e.g. "fröhlich" → happy
 * @param startVolume   gain at start-up, 0..maxVolume
 * @param maxVolume     highest gain the user may set, (0, 1]
 * @param demoWhenEmpty play the synthesised demo clips when no music is found
 */
public record MusicSettings(List<Path> musicFolders, Map<String, Mood> folderAliases, PolicySettings policy,
                            double startVolume, double maxVolume, boolean demoWhenEmpty) {
    public MusicSettings {
        musicFolders = List.copyOf(musicFolders);
        folderAliases = Map.copyOf(folderAliases);
        if (policy == null) {
            throw new IllegalArgumentException("music settings need a policy");
        }
        if (!(maxVolume > 0 && maxVolume <= 1)) {
            throw new IllegalArgumentException("maximum volume must be above 0 and at most 1, not " + maxVolume);
        }
        if (!(startVolume >= 0 && startVolume <= maxVolume)) {
            throw new IllegalArgumentException("start volume must be between 0 and the maximum " + maxVolume + ", not " + startVolume);
        }
    }

    public static MusicSettings defaults() {
        return new MusicSettings(List.of(), Map.of(), PolicySettings.defaults(), 0.5, 0.9, true);
    }
}
