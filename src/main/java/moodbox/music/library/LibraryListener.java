package moodbox.music.library;

import java.nio.file.Path;

/** Hears library changes; called on the library's threads. */
public interface LibraryListener {
    void libraryChanged(LibraryStatus status);

    /** A stick went away: anything playing from it must stop. */
    default void rootRemoved(Path root) {
    }
}
