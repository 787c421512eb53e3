package moodbox.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import moodbox.emotion.Emotion;
import moodbox.state.UnusableFile;

/**
 * What the engine needs from the music side: play for a mood, skip, pause and resume, volume, rescan, and a
 * view of the library and the controls for the screen and the web page. The adapter publishes songs starting
 * and stopping, pausing, the volume and the library's health as events to the state holder itself. Calls
 * return at once.
 */
public interface MusicDeck extends AutoCloseable {
    /** A mood was decided that differs from the one the music follows (or nothing plays): pick and play. */
    void play(Emotion mood);

    /** Skips to another song for the current mood. */
    void next();

    /** Pauses the song (it keeps its place); nothing when nothing plays. */
    void pause();

    /** Plays the paused song on from where it was; nothing when nothing is paused. */
    void resume();

    /**
     * Sets the volume in percent, limited to 0 and the configured maximum; returns the volume now in force.
     */
    int volume(int percent);

    /** Whether the song is paused, and the volume and its maximum, for the screen's and page's controls. */
    Controls controls();

    /** Rescans the music locations in the background. */
    void rescan();

    /** How far the song playing has got, if one plays. */
    Optional<Duration> position();

    LibraryInfo library();

    /** Stops the music (the resume point is kept) and releases the sound device. */
    @Override
    void close() throws Exception;

    /** The controls' state: paused or not, the volume and the most it may be set to (percent). */
    record Controls(boolean paused, int volume, int maxVolume) {
        public static final Controls NONE = new Controls(false, 0, 0);
    }

    /**
     * The library scan for the web page: whether it runs, files done of total, playable tracks, and the files
     * the scan could not use with the reason for each.
     */
    record LibraryInfo(boolean scanning, int done, int total, int tracks, List<UnusableFile> unusable) {
        public static final LibraryInfo NONE = new LibraryInfo(false, 0, 0, 0, List.of());

        public LibraryInfo {
            unusable = List.copyOf(unusable);
        }
    }
}
