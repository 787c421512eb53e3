package moodbox.music;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A user's choice for one emotion that wins over the policy: songs in the named folders (relative to a
 * stick, e.g. "Calm" or "Albums/Chill", letter case ignored as on FAT sticks) and songs of the named moods.
 */
public record MoodOverride(List<String> folders, List<Mood> moods) {
    public MoodOverride {
        folders = List.copyOf(folders);
        moods = List.copyOf(moods);
        if (folders.isEmpty() && moods.isEmpty()) {
            throw new IllegalArgumentException("an override needs a folder or a mood");
        }
    }

    public boolean covers(Track track) {
        return moods.contains(track.mood())
                || folders.stream().anyMatch(folder -> inFolder(track.path(), folder));
    }

    /** True when the file's folders include {@code folder}'s names one after another, e.g. …/Albums/Chill/…. */
    private static boolean inFolder(Path file, String folder) {
        String[] wanted = folder.toLowerCase(Locale.ROOT).split("/");
        Path parent = file.getParent();
        int count = parent == null ? 0 : parent.getNameCount();
        for (int start = 0; start + wanted.length <= count; start++) {
            boolean all = true;
            for (int i = 0; i < wanted.length && all; i++) {
                all = parent.getName(start + i).toString().toLowerCase(Locale.ROOT).equals(wanted[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
