package moodbox.music.analysis;

import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.UnsupportedAudioFileException;
import moodbox.music.AudioFeatures;
import moodbox.audio.PcmDecoder;

/**
 * Decodes a song and measures its tempo, loudness, brightness and mode. The signal is mixed to mono and
 * reduced to about 11 kHz (enough for pitch and brightness cues) before the spectral analysis, and at
 * most {@code maxSeconds} of it are analysed.
 */
public final class AudioAnalyzer {
    private static final double ANALYSIS_RATE = 11025;
    private final double maxSeconds;

    public AudioAnalyzer(double maxSeconds) {
        this.maxSeconds = maxSeconds;
    }

    public double maxSeconds() {
        return maxSeconds;
    }

    public AudioFeatures analyse(Path file) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = PcmDecoder.open(file)) {
            AudioFeatures features = analyse(in);
            if (features.secondsAnalysed() < 1) {
                throw new IOException("less than one second of audio could be decoded");
            }
            return features;
        }
    }

    /** Analyses 16-bit signed little-endian PCM. */
    AudioFeatures analyse(AudioInputStream in) throws IOException {
        AudioFormat format = in.getFormat();
        int channels = format.getChannels();
        int factor = Math.max(1, Math.round(format.getSampleRate() / (float) ANALYSIS_RATE));
        FeatureExtractor extractor = new FeatureExtractor(format.getSampleRate() / factor);
        byte[] buffer = new byte[channels * 2 * 4096];
        long maxFrames = (long) (maxSeconds * format.getSampleRate());
        long frames = 0;
        double sum = 0;
        int summed = 0;
        int carry = 0;
        int read;
        while (frames < maxFrames && (read = PcmDecoder.read(in, buffer, carry, buffer.length - carry)) > 0) {
            int available = carry + read;
            int whole = available / (channels * 2);
            for (int f = 0; f < whole; f++) {
                int base = f * channels * 2;
                double mono = 0;
                for (int c = 0; c < channels; c++) {
                    int lo = buffer[base + 2 * c] & 0xff;
                    int hi = buffer[base + 2 * c + 1];
                    mono += (short) ((hi << 8) | lo);
                }
                sum += mono / (channels * 32768.0);
                if (++summed == factor) {
                    extractor.accept(sum / factor);
                    sum = 0;
                    summed = 0;
                }
            }
            frames += whole;
            carry = available - whole * channels * 2;
            System.arraycopy(buffer, whole * channels * 2, buffer, 0, carry);
        }
        return extractor.features();
    }
}
