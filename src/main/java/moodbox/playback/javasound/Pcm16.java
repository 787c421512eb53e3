package moodbox.playback.javasound;

/** Reads and writes one 16-bit signed little-endian sample, rounding and clipping what is written. */
final class Pcm16 {
    private Pcm16() {
    }

    static int get(byte[] pcm, int at) {
        return (short) ((pcm[at + 1] << 8) | (pcm[at] & 0xff));
    }

    static void put(byte[] pcm, int at, double sample) {
        int v = (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sample)));
        pcm[at] = (byte) v;
        pcm[at + 1] = (byte) (v >> 8);
    }
}
