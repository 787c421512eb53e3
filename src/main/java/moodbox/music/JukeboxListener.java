package moodbox.music;

import moodbox.music.library.LibraryStatus;
import moodbox.playback.Player;

/** Hears what the jukebox does; called on the player's or library's threads, so keep it short. */
public interface JukeboxListener {
    /** A song started sounding at {@code positionMs} (0, or where a resumed song had got to). */
    default void trackStarted(Track track, long positionMs) {
    }

    default void trackEnded(Track track, Player.EndReason reason) {
    }

    default void libraryChanged(LibraryStatus status) {
    }
}
