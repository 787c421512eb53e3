package moodbox.playback;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Plays one song at a time. Calls return at once; playback runs on the player's own thread and reports
 * through {@link PlayerListener}. Volume is a software gain in [0, 1], capped by the player's maximum.
 * With a crossfade, a song that plays to its end is reported {@link EndReason#FINISHED} that long before
 * its sound ends, and a {@link #play} that follows overlaps the two.
 */
public interface Player extends AutoCloseable {
    /** The longest crossfade. */
    Duration MAX_CROSSFADE = Duration.ofSeconds(10);

    /**
     * Starts {@code file} at {@code startMs}: what plays is stopped, except the last seconds of a song just
     * reported finished, which blend into the new one's start.
     */
    void play(Path file, long startMs);

    /** How long songs that follow one another overlap, from 0 (none: gapless) to {@link #MAX_CROSSFADE}. */
    void setCrossfade(Duration crossfade);

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
