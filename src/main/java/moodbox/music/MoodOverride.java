package moodbox.music;

import java.nio.file.Path;
import java.util.List;

/**
 * A user's choice for one emotion that wins over the policy: every song under {@code folder} (when set)
 * plus the listed songs.
 */
public record MoodOverride(Path folder, List<Path> tracks) {
    public MoodOverride {
        tracks = List.copyOf(tracks);
        if (folder == null && tracks.isEmpty()) {
            throw new IllegalArgumentException("an override needs a folder or at least one song");
        }
    }

    public boolean covers(Track track) {
        return (folder != null && track.path().startsWith(folder)) || tracks.contains(track.path());
    }
}
