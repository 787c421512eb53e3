package moodbox.playback.javasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import moodbox.music.TestAudio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real player on a real SourceDataLine: ALSA's "default" device is routed to a file plugin over the
 * null device, in a child JVM that gets the ALSA configuration; the test then measures what came out.
 */
class JavaSoundPlayerTest {
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

    private String probe(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PlaybackProbe.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("ALSA_CONFIG_PATH", "/usr/share/alsa/alsa.conf:" + config);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe hung: " + out);
        return out;
    }

    private static short[] samples(Path raw) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        short[] s = new short[bytes.remaining() / 2];
        bytes.asShortBuffer().get(s);
        return s;
    }

    @Test
    void playsAFlacToTheEndAtTheSetVolume() throws Exception {
        Path flac = TestAudio.flac24(dir.resolve("tone.flac"), 440, 2); // 48 kHz stereo 24 bit, level 0.5
        String out = probe(flac.toString(), "0.5");
        assertTrue(out.contains("started tone.flac") && out.contains("ended FINISHED"), out);
        short[] s = samples(raw);
        double seconds = s.length / 2 / 48000.0;
        assertEquals(2.0, seconds, 0.05, "duration");
        double rms = 0;
        int crossings = 0;
        for (int i = 0; i < s.length; i += 2) {
            rms += (double) s[i] * s[i];
            if (i >= 2 && s[i - 2] < 0 && s[i] >= 0) {
                crossings++;
            }
        }
        rms = Math.sqrt(rms / (s.length / 2)) / 32768;
        assertEquals(0.5 * 0.5 / Math.sqrt(2), rms, 0.01, "level = tone 0.5 × volume 0.5");
        assertEquals(440, crossings / seconds, 5, "frequency");
    }

    @Test
    void volumeIsCappedAtTheMaximum() throws Exception {
        Path flac = TestAudio.flac24(dir.resolve("tone.flac"), 1000, 1);
        probe(flac.toString(), "1.0");
        short[] s = samples(raw);
        int peak = 0;
        for (short v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertEquals(0.5 * 0.8, peak / 32768.0, 0.01, "tone 0.5 × maximum volume 0.8");
    }

    @Test
    void pauseResumeAndStopEndTheSongEarly() throws Exception {
        // ALSA's null device may take data faster than real time, so pause at once: while paused nothing
        // may play, and the stop must come long before the minute of audio could have been decoded.
        Path flac = TestAudio.flac24(dir.resolve("long.flac"), 440, 60);
        String out = probe(flac.toString(), "0.5", "0");
        assertTrue(out.contains("paused PAUSED") && out.contains("resumed PLAYING"), out);
        assertTrue(out.contains("ended STOPPED") && out.contains("stopped IDLE"), out);
        double seconds = samples(raw).length / 2 / 48000.0;
        assertTrue(seconds < 30, "stopped early, but " + seconds + " s came out");
    }

    @Test
    void aMissingFileFailsWithAReason() throws Exception {
        String out = probe(dir.resolve("gone.mp3").toString(), "0.5");
        assertTrue(out.contains("ended FAILED") && out.contains("gone.mp3"), out);
    }
}
