package moodbox.playback.javasound;

import java.nio.file.Path;
import java.util.function.DoubleSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.SourceDataLine;
import moodbox.audio.PcmDecoder;
import moodbox.playback.Player;
import moodbox.playback.PlayerListener;

/** One song from start to end on its own thread: decode, apply gain with short fades, write to the line. */
final class PlaybackRun implements Runnable {
    private static final int FADE_MS = 30;

    private final Path file;
    private final long startMs;
    private final LineHolder lines;
    private final DoubleSupplier volume;
    private final PlayerListener listener;
    private volatile Player.PlayerState state = Player.PlayerState.PLAYING;
    private volatile boolean stopRequested;
    private volatile SourceDataLine line;
    private volatile long lineStartFrame;
    private volatile float frameRate;
    private Thread thread;

    PlaybackRun(Path file, long startMs, LineHolder lines, DoubleSupplier volume, PlayerListener listener) {
        this.file = file;
        this.startMs = Math.max(0, startMs);
        this.lines = lines;
        this.volume = volume;
        this.listener = listener;
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

    void stopAndWait() {
        synchronized (this) {
            stopRequested = true;
            notifyAll();
        }
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
            SourceDataLine out = lines.lineFor(format);
            skip(in, format);
            frameRate = format.getFrameRate();
            lineStartFrame = out.getLongFramePosition();
            line = out;
            out.start();
            listener.started(file);
            reason = pump(in, out, format);
            if (reason == Player.EndReason.FINISHED) {
                out.drain();
            } else {
                out.flush();
            }
        } catch (Exception | LinkageError e) {
            reason = Player.EndReason.FAILED;
            detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            state = Player.PlayerState.IDLE;
        }
        listener.ended(file, reason, detail);
    }

    private Player.EndReason pump(AudioInputStream in, SourceDataLine out, AudioFormat format) throws Exception {
        int frameSize = format.getFrameSize();
        byte[] buffer = new byte[frameSize * 2048];
        Gain gain = new Gain(format, FADE_MS);
        int carry = 0;
        int read;
        while ((read = PcmDecoder.read(in, buffer, carry, buffer.length - carry)) > 0) {
            int whole = (carry + read) - (carry + read) % frameSize;
            if (waitWhilePaused()) {
                if (out.isRunning()) {
                    gain.fadeOut(buffer, whole, volume.getAsDouble());
                    out.write(buffer, 0, whole);
                }
                return Player.EndReason.STOPPED;
            }
            gain.apply(buffer, whole, volume.getAsDouble());
            out.write(buffer, 0, whole);
            carry = carry + read - whole;
            System.arraycopy(buffer, whole, buffer, 0, carry);
        }
        return Player.EndReason.FINISHED;
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
