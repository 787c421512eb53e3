package moodbox.music.library;

/** What a file's tags and header say about it. Strings are empty, never null, when a tag is missing. */
public record TrackTags(String title, String artist, String album, String genre, String mood, long durationMs,
                        boolean hasCover) {
}
