package moodbox.playback.javasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import moodbox.music.TestAudio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crossfade in the real player's output: two sine songs (440 Hz, then 1000 Hz; 48 kHz stereo FLAC) played one
 * after the other through ALSA's "default" device routed to a file, as {@link JavaSoundPlayerTest} does. The
 * recording is cut into 10 ms blocks and each block's strength at both pitches measured: blocks where both
 * sound are the overlap, counted in sample frames (no clock is read).
 */
class CrossfadeTest {
    private static final int RATE = 48_000;
    private static final int BLOCK = RATE / 100;

    @TempDir
    Path dir;
    Path raw;
    Path config;

    @BeforeEach
    void routeAlsaToAFile() throws IOException {
        raw = dir.resolve("out.raw");
        config = dir.resolve("asound.conf");
        Files.writeString(config, "pcm.!default {\n  type file\n  slave.pcm \"null\"\n  file \"" + raw
                + "\"\n  format \"raw\"\n}\n");
    }

    private String probe(long crossfadeMs, Path first, Path second) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrossfadeProbe.class.getName(),
                Long.toString(crossfadeMs), first.toString(), second.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("ALSA_CONFIG_PATH", "/usr/share/alsa/alsa.conf:" + config);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe hung: " + out);
        assertTrue(out.contains("ended second.flac FINISHED"), "both songs played to the end: " + out);
        return out;
    }

    /** The left channel of the recording. */
    private short[] left() throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        short[] left = new short[bytes.remaining() / 4];
        for (int i = 0; i < left.length; i++) {
            left[i] = bytes.getShort(i * 4);
        }
        return left;
    }

    /** Amplitude (0..1) of the {@code hz} sine in one block (Goertzel). */
    private static double strength(short[] s, int from, double hz) {
        double k = 2 * Math.cos(2 * Math.PI * hz / RATE);
        double a = 0;
        double b = 0;
        for (int i = from; i < from + BLOCK; i++) {
            double next = s[i] / 32768.0 + k * a - b;
            b = a;
            a = next;
        }
        double power = a * a + b * b - k * a * b;
        return 2 * Math.sqrt(Math.max(0, power)) / BLOCK;
    }

    /** Frames of the recording where both pitches sound at a tenth of their full level or more. */
    private int[] overlapAndLength(short[] s) {
        int both = 0;
        for (int from = 0; from + BLOCK <= s.length; from += BLOCK) {
            if (strength(s, from, 440) > 0.05 && strength(s, from, 1000) > 0.05) {
                both += BLOCK;
            }
        }
        return new int[] {both, s.length};
    }

    private Path[] songs() throws IOException {
        return new Path[] {TestAudio.flac24(dir.resolve("first.flac"), 440, 4), TestAudio.flac24(dir.resolve("second.flac"), 1000, 4)};
    }

    @Test
    void aTwoSecondCrossfadeOverlapsTheSongsForTwoSeconds() throws Exception {
        Path[] songs = songs();
        probe(2000, songs[0], songs[1]);
        int[] measured = overlapAndLength(left());
        double overlap = measured[0] / (double) RATE;
        // the louder part of a 2 s linear crossfade (both above a tenth of full level) lasts 1.6 s
        assertEquals(1.6, overlap, 0.15, "seconds where both songs sound");
        assertEquals(8 - 2, measured[1] / (double) RATE, 0.1, "the two 4 s songs take 6 s with the overlap");
    }

    @Test
    void withoutCrossfadeTheSongsFollowGaplessly() throws Exception {
        Path[] songs = songs();
        probe(0, songs[0], songs[1]);
        int[] measured = overlapAndLength(left());
        assertTrue(measured[0] <= 2 * BLOCK, "no overlap beyond the block at the seam: " + measured[0] + " frames");
        assertEquals(8, measured[1] / (double) RATE, 0.1, "the two 4 s songs take 8 s");
    }
}
