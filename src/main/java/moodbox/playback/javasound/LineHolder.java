package moodbox.playback.javasound;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Keeps one open output line and reopens it only when a song needs a different format. */
final class LineHolder {
    private final boolean simulated;
    private SourceDataLine line;

    /** @param simulated use the {@link SimulatedSpeaker} instead of the audio device */
    LineHolder(boolean simulated) {
        this.simulated = simulated;
    }

    synchronized SourceDataLine lineFor(AudioFormat format) throws LineUnavailableException {
        if (line != null && line.isOpen() && line.getFormat().matches(format)) {
            return line;
        }
        close();
        try {
            line = simulated ? SimulatedSpeaker.line(format) : AudioSystem.getSourceDataLine(format);
            line.open(format, (int) (format.getFrameRate() / 5) * format.getFrameSize());
        } catch (LineUnavailableException | IllegalArgumentException e) {
            line = null;
            throw new LineUnavailableException("no audio output for " + format + ": " + e.getMessage());
        }
        return line;
    }

    synchronized void close() {
        if (line != null) {
            line.close();
            line = null;
        }
    }
}
