package moodbox.playback.javasound;

/**
 * Blends the last seconds of the song before (its raw decoded PCM, in the same format) into the start of the
 * next: over the tail's length the old song falls from full to silence while the new one rises from silence
 * to full, both at the current volume.
 */
final class Crossfade {
    private final byte[] tail;
    private final int frameSize;
    private final int frames;
    private int at;

    Crossfade(byte[] tail, int frameSize) {
        this.tail = tail;
        this.frameSize = frameSize;
        this.frames = tail.length / frameSize;
    }

    boolean done() {
        return at >= frames;
    }

    /** Mixes into {@code pcm} from {@code offset} as far as the tail reaches; returns the bytes it mixed. */
    int mix(byte[] pcm, int offset, int length, double volume) {
        int count = Math.min(length / frameSize, frames - at);
        for (int f = 0; f < count; f++, at++) {
            double rise = at / (double) frames;
            for (int b = 0; b < frameSize; b += 2) {
                int i = offset + f * frameSize + b;
                double mixed = Pcm16.get(pcm, i) * rise + Pcm16.get(tail, at * frameSize + b) * (1 - rise);
                Pcm16.put(pcm, i, mixed * volume);
            }
        }
        return count * frameSize;
    }
}
