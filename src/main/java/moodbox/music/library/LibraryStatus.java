package moodbox.music.library;

import java.nio.file.Path;
import java.util.List;

/**
 * What the library is doing, for the screen and the web page.
 *
 * @param roots    the sticks (or folders) whose music is in use; the demo folder when {@code demo}
 * @param done     files handled in the current phase; {@code total} is -1 while unknown
 * @param tracks   playable tracks in the roots
 * @param problems files skipped, each with a reason in the index
 * @param failure  why the last scan failed (e.g. the index could not be written), or empty
 */
public record LibraryStatus(State state, List<Path> roots, int done, int total, int tracks, int problems, boolean demo,
                            String failure) {
    public enum State { NO_MUSIC, SCANNING, ANALYSING, READY }

    public LibraryStatus {
        roots = List.copyOf(roots);
    }
}
