package moodbox.music.library;

/** Progress of a scan, called on the scanning thread. {@code total} is -1 while unknown. */
@FunctionalInterface
public interface ScanListener {
    enum Phase { TAGS, ANALYSIS, DONE }

    void progress(Phase phase, int done, int total);

    ScanListener NONE = (phase, done, total) -> { };
}
