package moodbox.playback.javasound;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import moodbox.playback.Player;
import moodbox.playback.PlayerListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays through a Java Sound {@code SourceDataLine} on the default audio device (ALSA "default" on Linux),
 * decoding MP3, OGG, FLAC and WAV with the service providers. The line stays open between songs of the
 * same format, so consecutive songs follow without reopening the device. With a crossfade set, a song that
 * plays to its end is reported finished its crossfade before the end, and the song played next blends in
 * over those last seconds (when both have the same format; otherwise they follow one another).
 */
public final class JavaSoundPlayer implements Player {
    private static final Logger LOG = LoggerFactory.getLogger(JavaSoundPlayer.class);

    private final double maxVolume;
    private final LineHolder line;
    private final List<PlayerListener> listeners = new CopyOnWriteArrayList<>();
    /** Listeners hear events on this thread, so a listener that calls back into the player never blocks playback. */
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "moodbox-player-events");
        t.setDaemon(true);
        return t;
    });
    private final PlaybackRun.Events dispatcher = new PlaybackRun.Events() {
        @Override
        public void started(Path file) {
            dispatch(() -> listeners.forEach(l -> l.started(file)));
        }

        @Override
        public void ended(Path file, EndReason reason, String detail) {
            dispatch(() -> listeners.forEach(l -> l.ended(file, reason, detail)));
        }

        @Override
        public void tailReached(PlaybackRun finished) {
            dispatch(() -> {
                listeners.forEach(l -> l.ended(finished.file(), EndReason.FINISHED, ""));
                finished.successorChosen();
            });
        }
    };
    private boolean closed;
    private volatile double volume;
    private volatile long crossfadeMs;
    private PlaybackRun run;

    /** @param maxVolume the highest gain the user may set (0..1); {@code startVolume} is clamped to it */
    public JavaSoundPlayer(double startVolume, double maxVolume) {
        this(startVolume, maxVolume, false);
    }

    /**
     * A player whose output is the {@link SimulatedSpeaker} (for {@code --simulate} on a machine without
     * audio output) when {@code simulatedSpeaker} is set.
     */
    public JavaSoundPlayer(double startVolume, double maxVolume, boolean simulatedSpeaker) {
        this.line = new LineHolder(simulatedSpeaker);
        if (!(maxVolume > 0 && maxVolume <= 1)) {
            throw new IllegalArgumentException("maximum volume must be in (0, 1], not " + maxVolume);
        }
        this.maxVolume = maxVolume;
        this.volume = Math.max(0, Math.min(maxVolume, startVolume));
    }

    /** Hands an event to the listeners' thread; after {@link #close()} there is none, and the event is dropped. */
    private void dispatch(Runnable event) {
        try {
            events.execute(event);
        } catch (RejectedExecutionException playerClosed) {
            LOG.debug("player closed: a playback event was dropped");
        }
    }

    /** Plays {@code file} from {@code startMs}; once the player is closed (a listener's "next song" at shutdown), nothing. */
    @Override
    public synchronized void play(Path file, long startMs) {
        if (closed) {
            LOG.debug("player closed: not playing {}", file);
            return;
        }
        PlaybackRun.Tail before = run == null ? null : run.handOver();
        if (before != null) {
            run.awaitEnd();
            run = null;
        } else {
            stopRun();
        }
        run = new PlaybackRun(file, startMs, crossfadeMs, before, line, this::volume, dispatcher);
        Thread thread = new Thread(run, "moodbox-playback");
        thread.setDaemon(true);
        thread.start();
        run.attach(thread);
    }

    @Override
    public synchronized void pause() {
        if (run != null) {
            run.pause();
        }
    }

    @Override
    public synchronized void resume() {
        if (run != null) {
            run.resume();
        }
    }

    @Override
    public synchronized void stop() {
        stopRun();
    }

    private void stopRun() {
        if (run != null) {
            run.stopAndWait();
            run = null;
        }
    }

    @Override
    public double setVolume(double wanted) {
        volume = Math.max(0, Math.min(maxVolume, wanted));
        return volume;
    }

    @Override
    public void setCrossfade(Duration crossfade) {
        if (crossfade.isNegative() || crossfade.compareTo(MAX_CROSSFADE) > 0) {
            throw new IllegalArgumentException("the crossfade must be from 0 to " + MAX_CROSSFADE.toSeconds() + " s, not " + crossfade);
        }
        crossfadeMs = crossfade.toMillis();
    }

    @Override
    public double volume() {
        return volume;
    }

    @Override
    public synchronized PlayerState state() {
        return run == null ? PlayerState.IDLE : run.state();
    }

    @Override
    public synchronized long positionMs() {
        return run == null || run.state() == PlayerState.IDLE ? 0 : run.positionMs();
    }

    @Override
    public synchronized Optional<Path> current() {
        return run == null || run.state() == PlayerState.IDLE ? Optional.empty() : Optional.of(run.file());
    }

    @Override
    public void addListener(PlayerListener listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void close() {
        closed = true;
        stopRun();
        line.close();
        events.shutdown();
        LOG.debug("player closed");
    }
}
