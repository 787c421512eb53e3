package moodbox.music.library;

/** What one scan of a folder did. */
public record ScanReport(int files, int changed, int unchanged, int removed, int analysed, int problems) {
}
