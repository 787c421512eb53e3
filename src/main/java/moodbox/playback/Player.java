package moodbox.playback;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Plays one song at a time. Calls return at once; playback runs on the player's own thread and reports
 * through {@link PlayerListener}. Volume is a software gain in [0, 1], capped by the player's maximum.
 */
public interface Player extends AutoCloseable {
    /** Stops whatever plays and starts {@code file} at {@code startMs}. */
    void play(Path file, long startMs);

    void pause();

    void resume();

    /** Stops playback (with a short fade) and reports {@link EndReason#STOPPED}. */
    void stop();

    /** Sets the gain, clamped to [0, maximum]; returns the gain now in force. */
    double setVolume(double volume);

    double volume();

    PlayerState state();

    /** Where the current song is, in milliseconds; 0 when idle. */
    long positionMs();

    Optional<Path> current();

    void addListener(PlayerListener listener);

    @Override
    void close();

    enum PlayerState { IDLE, PLAYING, PAUSED }

    enum EndReason { FINISHED, STOPPED, FAILED }
}
