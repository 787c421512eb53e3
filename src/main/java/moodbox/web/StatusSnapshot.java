package moodbox.web;

import java.util.List;

/**
 * The box's live state for the page. {@code mood} is an emotion label ("Happy") or empty before the first
 * decision; {@code trackTitle} is empty when nothing plays; the scan fields describe the music library scan.
 */
public record StatusSnapshot(String mood, double confidence, String trackTitle, String trackArtist,
                             boolean scanning, int scannedFiles, int totalFiles, int libraryTracks,
                             List<String> problems) {
    public StatusSnapshot {
        mood = mood == null ? "" : mood;
        trackTitle = trackTitle == null ? "" : trackTitle;
        trackArtist = trackArtist == null ? "" : trackArtist;
        problems = List.copyOf(problems);
    }

    /** Nothing decided, nothing playing, no library yet. */
    public static StatusSnapshot idle(List<String> problems) {
        return new StatusSnapshot("", 0, "", "", false, 0, 0, 0, problems);
    }
}
