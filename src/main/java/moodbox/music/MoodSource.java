package moodbox.music;

import java.util.Locale;

/** Where a track's mood came from, in the order of trust: folder name, then tags, then our own analysis. */
public enum MoodSource {
    FOLDER,
    TAGS,
    ANALYSIS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
