package moodbox.playback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A player for other parts' tests: records every call as a line ("play /x.mp3 0", "pause", …), keeps the
 * state a real player would, and lets the test end the song ({@link #finish()}, {@link #fail(String)}).
 * Listeners are called synchronously on the caller's thread.
 */
public final class RecordingPlayer implements Player {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<PlayerListener> listeners = new CopyOnWriteArrayList<>();
    private final double maxVolume;
    private PlayerState state = PlayerState.IDLE;
    private Path current;
    private long positionMs;
    private double volume;

    public RecordingPlayer(double startVolume, double maxVolume) {
        this.maxVolume = maxVolume;
        this.volume = Math.min(startVolume, maxVolume);
    }

    public List<String> calls() {
        return new ArrayList<>(calls);
    }

    /** The files played, in order. */
    public List<Path> playedFiles() {
        return calls.stream().filter(c -> c.startsWith("play ")).map(c -> Path.of(c.substring(5, c.lastIndexOf(' ')))).toList();
    }

    /** Moves the position on, as if the song had been playing for a while. */
    public synchronized void advance(long ms) {
        positionMs += ms;
    }

    /** The current song plays to its end. */
    public void finish() {
        end(EndReason.FINISHED, "");
    }

    public void fail(String detail) {
        end(EndReason.FAILED, detail);
    }

    private void end(EndReason reason, String detail) {
        Path file;
        synchronized (this) {
            file = current;
            state = PlayerState.IDLE;
            current = null;
            positionMs = 0;
        }
        if (file != null) {
            listeners.forEach(l -> l.ended(file, reason, detail));
        }
    }

    @Override
    public void play(Path file, long startMs) {
        calls.add("play " + file + " " + startMs);
        end(EndReason.STOPPED, "");
        synchronized (this) {
            current = file;
            positionMs = startMs;
            state = PlayerState.PLAYING;
        }
        listeners.forEach(l -> l.started(file));
    }

    @Override
    public void setCrossfade(java.time.Duration crossfade) {
        calls.add("crossfade " + crossfade.toMillis());
    }

    @Override
    public synchronized void pause() {
        calls.add("pause");
        if (state == PlayerState.PLAYING) {
            state = PlayerState.PAUSED;
        }
    }

    @Override
    public synchronized void resume() {
        calls.add("resume");
        if (state == PlayerState.PAUSED) {
            state = PlayerState.PLAYING;
        }
    }

    @Override
    public void stop() {
        calls.add("stop");
        end(EndReason.STOPPED, "");
    }

    @Override
    public synchronized double setVolume(double wanted) {
        calls.add("volume " + wanted);
        volume = Math.max(0, Math.min(maxVolume, wanted));
        return volume;
    }

    @Override
    public synchronized double volume() {
        return volume;
    }

    @Override
    public synchronized PlayerState state() {
        return state;
    }

    @Override
    public synchronized long positionMs() {
        return positionMs;
    }

    @Override
    public synchronized Optional<Path> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public void addListener(PlayerListener listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        calls.add("close");
    }
}
