package moodbox.music;

import java.nio.file.Path;

/**
 * One playable song in the library.
 *
 * @param features the analysis result, or null while the song waits for analysis
 */
public record Track(Path path, String title, String artist, String album, String genre, long durationMs,
                    boolean hasCover, Mood mood, double valence, double arousal, MoodSource moodSource,
                    AudioFeatures features) {

    /** The title, or the file name without extension when the tags have none. */
    public static String titleOrFileName(String title, Path path) {
        if (title != null && !title.isBlank()) {
            return title.trim();
        }
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public boolean isUnder(Path root) {
        return path.startsWith(root);
    }
}
