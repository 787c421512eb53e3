package moodbox.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import javax.sound.sampled.spi.AudioFileReader;

/**
 * Opens MP3, OGG Vorbis, FLAC or WAV through the Java Sound service providers as 16-bit signed
 * little-endian PCM. Compressed formats decode in two steps (codec → PCM at the codec's bit depth,
 * then → 16 bit), because jflac hands out 24-bit PCM for 24-bit files.
 *
 * <p>Each file reader gets a fresh stream of the file. {@code AudioSystem.getAudioInputStream(InputStream)}
 * shares one marked stream between the readers instead, and a reader that reads far before giving up
 * (mp3spi on a 24- or 32-bit WAV, which has no plain PCM header) outgrows the mark: the file then fails
 * with "Resetting to invalid mark" although a later reader could have read it.
 */
public final class PcmDecoder {
    private PcmDecoder() {
    }

    public static AudioInputStream open(Path file) throws IOException, UnsupportedAudioFileException {
        Exception firstFailure = null;
        for (AudioFileReader reader : ServiceLoader.load(AudioFileReader.class)) {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
            AudioInputStream source;
            try {
                source = reader.getAudioInputStream(in);
            } catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
                in.close();
                if (firstFailure == null && !(e instanceof UnsupportedAudioFileException)) {
                    firstFailure = e; // a real error rather than "not my format": the likelier reason
                }
                continue;
            }
            try {
                return toPcm16(source);
            } catch (RuntimeException e) {
                source.close();
                throw e;
            }
        }
        if (firstFailure instanceof IOException io) {
            throw io;
        }
        if (firstFailure != null) {
            throw (RuntimeException) firstFailure;
        }
        throw new UnsupportedAudioFileException("not a sound format the player knows (MP3, OGG Vorbis, FLAC, WAV)");
    }

    /**
     * Reads at least one byte, or returns -1 at the end. Some decoders (vorbisspi) return 0 while they
     * refill; a decoder that keeps returning 0 is treated as stalled.
     */
    public static int read(AudioInputStream in, byte[] buffer, int offset, int length) throws IOException {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            int n = in.read(buffer, offset, length);
            if (n != 0) {
                return n;
            }
        }
        throw new IOException("the decoder stalled (no data and no end of stream)");
    }

    static AudioInputStream toPcm16(AudioInputStream source) {
        AudioFormat format = source.getFormat();
        AudioInputStream pcm = source;
        if (!isPcm(format)) {
            int bits = format.getSampleSizeInBits() > 0 ? format.getSampleSizeInBits() : 16;
            pcm = AudioSystem.getAudioInputStream(pcm(format, bits, false), source);
            format = pcm.getFormat();
        }
        if (format.getSampleSizeInBits() == 16 && format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED
                && !format.isBigEndian()) {
            return pcm;
        }
        return AudioSystem.getAudioInputStream(pcm(format, 16, false), pcm);
    }

    private static boolean isPcm(AudioFormat format) {
        return format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED
                || format.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED;
    }

    private static AudioFormat pcm(AudioFormat source, int bits, boolean bigEndian) {
        int channels = source.getChannels();
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, source.getSampleRate(), bits, channels,
                channels * bits / 8, source.getSampleRate(), bigEndian);
    }
}
