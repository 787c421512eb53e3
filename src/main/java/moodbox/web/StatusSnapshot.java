package moodbox.web;

import java.util.List;
import moodbox.state.UnusableFile;

/**
 * The box's live state for the page. {@code mood} is an emotion label ("Happy") or empty before the first
 * decision; {@code trackTitle} is empty when nothing plays; {@code paused}, {@code volume} and
 * {@code maxVolume} (percent) are the player's controls; {@code ledTestRunning} says an LED test is under way;
 * the scan fields describe the music library scan, with the files it could not use.
 */
public record StatusSnapshot(String mood, double confidence, String trackTitle, String trackArtist,
                             boolean paused, int volume, int maxVolume, boolean ledTestRunning,
                             boolean scanning, int scannedFiles, int totalFiles, int libraryTracks,
                             List<UnusableFile> unusableFiles, List<String> problems) {
    public StatusSnapshot {
        mood = mood == null ? "" : mood;
        trackTitle = trackTitle == null ? "" : trackTitle;
        trackArtist = trackArtist == null ? "" : trackArtist;
        unusableFiles = List.copyOf(unusableFiles);
        problems = List.copyOf(problems);
    }

    /** Nothing decided, nothing playing, no library yet. */
    public static StatusSnapshot idle(List<String> problems) {
        return new StatusSnapshot("", 0, "", "", false, 0, 0, false, false, 0, 0, 0, List.of(), problems);
    }
}
