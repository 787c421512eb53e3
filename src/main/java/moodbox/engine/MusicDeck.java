package moodbox.engine;

import java.time.Duration;
import java.util.Optional;
import moodbox.emotion.Emotion;

/**
 * What the engine needs from the music side: play for a mood, skip, rescan, and a view of the library for the
 * web page. The adapter publishes songs starting and stopping and the library's health as events to the
 * state holder itself. Calls return at once.
 */
public interface MusicDeck extends AutoCloseable {
    /** A mood was decided that differs from the one the music follows (or nothing plays): pick and play. */
    void play(Emotion mood);

    /** Skips to another song for the current mood. */
    void next();

    /** Rescans the music locations in the background. */
    void rescan();

    /** How far the song playing has got, if one plays. */
    Optional<Duration> position();

    LibraryInfo library();

    /** Stops the music (the resume point is kept) and releases the sound device. */
    @Override
    void close() throws Exception;

    /** The library scan for the web page: whether it runs, files done of total, playable tracks. */
    record LibraryInfo(boolean scanning, int done, int total, int tracks) {
        public static final LibraryInfo NONE = new LibraryInfo(false, 0, 0, 0);
    }
}
