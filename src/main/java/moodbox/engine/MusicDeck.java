package moodbox.engine;

import java.time.Duration;
import java.util.Optional;
import moodbox.emotion.Emotion;

/**
 * What the engine needs from the music side: play for a mood, skip, pause and resume, the volume, rescan, and
 * a view of the library for the web page. The adapter reports songs starting and stopping and the library's health to the engine
 * ({@link Engine#report}). Calls return at once.
 */
public interface MusicDeck extends AutoCloseable {
    /** A mood was decided that differs from the one the music follows (or nothing plays): pick and play. */
    void play(Emotion mood);

    /** Skips to another song for the current mood. */
    void next();

    /** Pauses the song playing; its place is kept (nothing happens when nothing plays). */
    void pause();

    /** Plays a paused song on from where it was (nothing happens when none is paused). */
    void resume();

    /** The volume now in force, in percent 0–100, or -1 when there is no music side to ask. */
    int volume();

    /**
     * Sets the volume in percent (0–100), never above the {@code maxVolume} setting; returns the volume now in
     * force (-1 when there is no music side).
     */
    int volume(int percent);

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
