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

    /** No fade-in: the song rises with a crossfade instead. */
    void withoutFadeIn() {
        frame = fadeFrames;
    }

    void apply(byte[] pcm, int offset, int length, double volume) {
        for (int i = offset; i < offset + length; i += 2 * channels) {
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
            Pcm16.put(pcm, at, Pcm16.get(pcm, at) * factor);
        }
    }
}
