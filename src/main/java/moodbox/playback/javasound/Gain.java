package moodbox.playback.javasound;

import javax.sound.sampled.AudioFormat;

/** Software volume on 16-bit little-endian PCM, with a short fade-in at the start and fade-out on stop. */
final class Gain {
    private final int channels;
    private final int fadeFrames;
    private long frame;

    Gain(AudioFormat format, int fadeMs) {
        this.channels = format.getChannels();
        this.fadeFrames = Math.max(1, (int) (format.getFrameRate() * fadeMs / 1000));
    }

    void apply(byte[] pcm, int length, double volume) {
        for (int i = 0; i < length; i += 2 * channels) {
            double ramp = frame < fadeFrames ? frame / (double) fadeFrames : 1;
            scale(pcm, i, volume * ramp);
            frame++;
        }
    }

    /** Scales the chunk down to silence over its length (at most the fade time). */
    void fadeOut(byte[] pcm, int length, double volume) {
        int frames = length / (2 * channels);
        int fade = Math.min(frames, fadeFrames);
        for (int f = 0; f < frames; f++) {
            double ramp = f >= fade ? 0 : 1 - f / (double) fade;
            scale(pcm, f * 2 * channels, volume * ramp);
        }
    }

    private void scale(byte[] pcm, int offset, double factor) {
        for (int c = 0; c < channels; c++) {
            int at = offset + 2 * c;
            int sample = (short) ((pcm[at + 1] << 8) | (pcm[at] & 0xff));
            int scaled = (int) Math.round(sample * factor);
            scaled = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, scaled));
            pcm[at] = (byte) scaled;
            pcm[at + 1] = (byte) (scaled >> 8);
        }
    }
}
