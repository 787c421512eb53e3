package moodbox.playback.javasound;

import java.nio.file.Path;
import java.util.function.DoubleSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.SourceDataLine;
import moodbox.audio.PcmDecoder;
import moodbox.playback.Player;
import moodbox.playback.PlayerListener;

/**
 * One song from start to end on its own thread: decode, apply gain with short fades, write to the line.
 * With a crossfade it decodes that much ahead of what it writes, so when the decoder reaches the end the
 * song's last seconds are still unwritten: its tail. It then reports the song finished at once and waits for
 * the listeners to choose the next song; the next song's run takes the tail ({@link #handOver()}) and blends
 * it into its own start ({@link Crossfade}). When they choose none, the tail plays out alone.
 */
final class PlaybackRun implements Runnable {
    private static final int FADE_MS = 30;

    /** The last seconds of a song, as decoded, for the next song to blend in. */
    record Tail(AudioFormat format, byte[] pcm) {
    }

    /** What a run reports: the listener's events, and that its tail is ready for the next song. */
    interface Events extends PlayerListener {
        /** The song was decoded to its end: report it finished, then call {@link #successorChosen()}. */
        void tailReached(PlaybackRun run);
    }

    private enum Outcome { FINISHED, STOPPED, HANDED_OVER }

    private final Path file;
    private final long startMs;
    private final long crossfadeMs;
    private final Tail before;
    private final LineHolder lines;
    private final DoubleSupplier volume;
    private final Events events;
    private volatile Player.PlayerState state = Player.PlayerState.PLAYING;
    private volatile boolean stopRequested;
    private volatile SourceDataLine line;
    private volatile long lineStartFrame;
    private volatile float frameRate;
    private Thread thread;
    private AudioFormat tailFormat;
    private PcmQueue tail;
    private boolean handedOver;
    private boolean successorChosen;
    private boolean endReported;

    /**
     * @param crossfadeMs how long this song's end overlaps the next song's start (0: none)
     * @param before      the tail of the song before, to blend into this one's start, or null
     */
    PlaybackRun(Path file, long startMs, long crossfadeMs, Tail before, LineHolder lines, DoubleSupplier volume, Events events) {
        this.file = file;
        this.startMs = Math.max(0, startMs);
        this.crossfadeMs = crossfadeMs;
        this.before = before;
        this.lines = lines;
        this.volume = volume;
        this.events = events;
    }

    void attach(Thread thread) {
        this.thread = thread;
    }

    Path file() {
        return file;
    }

    Player.PlayerState state() {
        return state;
    }

    long positionMs() {
        SourceDataLine l = line;
        return l == null || frameRate <= 0 ? startMs : startMs + (long) ((l.getLongFramePosition() - lineStartFrame) * 1000 / frameRate);
    }

    synchronized void pause() {
        if (state == Player.PlayerState.PLAYING) {
            state = Player.PlayerState.PAUSED;
            if (line != null) {
                line.stop();
            }
        }
    }

    synchronized void resume() {
        if (state == Player.PlayerState.PAUSED) {
            state = Player.PlayerState.PLAYING;
            if (line != null) {
                line.start();
            }
            notifyAll();
        }
    }

    /** The listeners have heard that the song finished and chose the next song (or none). */
    synchronized void successorChosen() {
        successorChosen = true;
        notifyAll();
    }

    /**
     * The unplayed tail for the next song to blend in, when this run has reached its tail and plays; then this
     * run writes nothing more and ends by itself ({@link #awaitEnd()}). Null otherwise (stop it instead).
     */
    synchronized Tail handOver() {
        if (tail == null || handedOver || stopRequested || state != Player.PlayerState.PLAYING) {
            return null;
        }
        handedOver = true;
        notifyAll();
        return new Tail(tailFormat, tail.takeAll());
    }

    void stopAndWait() {
        synchronized (this) {
            stopRequested = true;
            notifyAll();
        }
        awaitEnd();
    }

    /** Waits (briefly) for the thread to end. */
    void awaitEnd() {
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        Player.EndReason reason = Player.EndReason.FINISHED;
        String detail = "";
        try (AudioInputStream in = PcmDecoder.open(file)) {
            AudioFormat format = in.getFormat();
            Crossfade blend = null;
            if (before != null && before.format().matches(format)) {
                blend = new Crossfade(before.pcm(), format.getFrameSize());
            } else if (before != null) {
                playAlone(before); // a different format cannot share the line: the old tail first, then this song
            }
            SourceDataLine out = lines.lineFor(format);
            skip(in, format);
            frameRate = format.getFrameRate();
            lineStartFrame = out.getLongFramePosition();
            line = out;
            out.start();
            events.started(file);
            Outcome outcome = pump(in, out, format, blend);
            if (outcome == Outcome.FINISHED) {
                out.drain();
            } else if (outcome == Outcome.STOPPED) {
                reason = Player.EndReason.STOPPED;
                out.flush();
            }
        } catch (Exception | LinkageError e) {
            reason = Player.EndReason.FAILED;
            detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            state = Player.PlayerState.IDLE;
        }
        if (!endReported) {
            events.ended(file, reason, detail);
        }
    }

    private Outcome pump(AudioInputStream in, SourceDataLine out, AudioFormat format, Crossfade blend) throws Exception {
        int frameSize = format.getFrameSize();
        int hold = (int) (crossfadeMs * format.getFrameRate() / 1000) * frameSize;
        byte[] buffer = new byte[frameSize * 2048];
        byte[] chunk = new byte[buffer.length];
        PcmQueue ahead = new PcmQueue();
        Gain gain = new Gain(format, FADE_MS);
        if (blend != null) {
            gain.withoutFadeIn();
        }
        int carry = 0;
        int read;
        while ((read = PcmDecoder.read(in, buffer, carry, buffer.length - carry)) > 0) {
            int whole = (carry + read) - (carry + read) % frameSize;
            ahead.add(buffer, 0, whole);
            carry = carry + read - whole;
            System.arraycopy(buffer, whole, buffer, 0, carry);
            // beyond the crossfade's lookahead; while that fills up, half of what came in, so the sound never waits
            int n = Math.min(ahead.size(), Math.max(ahead.size() - hold, whole / 2 / frameSize * frameSize));
            if (!write(ahead, n, chunk, out, gain, blend)) {
                return Outcome.STOPPED;
            }
        }
        if (ahead.size() == 0) {
            return Outcome.FINISHED;
        }
        return tailPhase(format, ahead, chunk, out, gain, blend);
    }

    /** The song is decoded to its end: report it finished, wait for the next song's choice, then hand over or play on. */
    private Outcome tailPhase(AudioFormat format, PcmQueue ahead, byte[] chunk, SourceDataLine out, Gain gain, Crossfade blend)
            throws InterruptedException {
        synchronized (this) {
            tailFormat = format;
            tail = ahead;
        }
        endReported = true;
        events.tailReached(this);
        synchronized (this) {
            while (!handedOver && !successorChosen && !stopRequested) {
                wait();
            }
        }
        while (true) {
            int length;
            synchronized (this) {
                if (handedOver) {
                    return Outcome.HANDED_OVER;
                }
                length = tail.take(chunk, chunk.length);
            }
            if (length == 0) {
                return Outcome.FINISHED;
            }
            if (!writeChunk(chunk, length, out, gain, blend)) {
                return Outcome.STOPPED;
            }
        }
    }

    /** Writes {@code length} bytes from {@code ahead}; false when a stop came (the chunk in hand faded out). */
    private boolean write(PcmQueue ahead, int length, byte[] chunk, SourceDataLine out, Gain gain, Crossfade blend)
            throws InterruptedException {
        while (length > 0) {
            int n = ahead.take(chunk, Math.min(length, chunk.length));
            length -= n;
            if (!writeChunk(chunk, n, out, gain, blend)) {
                return false;
            }
        }
        return true;
    }

    private boolean writeChunk(byte[] chunk, int length, SourceDataLine out, Gain gain, Crossfade blend)
            throws InterruptedException {
        if (waitWhilePaused()) {
            if (out.isRunning()) {
                gain.fadeOut(chunk, length, volume.getAsDouble());
                out.write(chunk, 0, length);
            }
            return false;
        }
        double v = volume.getAsDouble();
        int mixed = blend == null || blend.done() ? 0 : blend.mix(chunk, 0, length, v);
        gain.apply(chunk, mixed, length - mixed, v);
        out.write(chunk, 0, length);
        return true;
    }

    /** The song before's tail on its own line, when this song's format differs. */
    private void playAlone(Tail old) throws Exception {
        SourceDataLine out = lines.lineFor(old.format());
        Gain gain = new Gain(old.format(), FADE_MS);
        gain.withoutFadeIn();
        out.start();
        byte[] pcm = old.pcm();
        int step = old.format().getFrameSize() * 2048;
        for (int at = 0; at < pcm.length && !stopRequested; at += step) {
            int n = Math.min(step, pcm.length - at);
            gain.apply(pcm, at, n, volume.getAsDouble());
            out.write(pcm, at, n);
        }
        out.drain();
    }

    /** Blocks while paused; true when a stop was requested. */
    private synchronized boolean waitWhilePaused() throws InterruptedException {
        while (state == Player.PlayerState.PAUSED && !stopRequested) {
            wait();
        }
        return stopRequested;
    }

    private void skip(AudioInputStream in, AudioFormat format) throws java.io.IOException {
        long bytes = (long) (startMs / 1000.0 * format.getFrameRate()) * format.getFrameSize();
        byte[] scratch = new byte[64 * 1024];
        while (bytes > 0) {
            int n = PcmDecoder.read(in, scratch, 0, (int) Math.min(scratch.length, bytes));
            if (n < 0) {
                return;
            }
            bytes -= n;
        }
    }
}
