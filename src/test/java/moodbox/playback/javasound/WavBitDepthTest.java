package moodbox.playback.javasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import moodbox.music.MoodVocabulary;
import moodbox.music.TestAudio;
import moodbox.music.Track;
import moodbox.music.analysis.AudioAnalyzer;
import moodbox.music.library.LibraryScanner;
import moodbox.music.library.ScanReport;
import moodbox.music.library.TagReader;
import moodbox.music.library.TrackIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WAV files at 16, 24 and 32 bits and of ordinary lengths (3 s, a 60 s 48 kHz one and a 200 s 44.1 kHz one),
 * made once by sox: each plays through the real player (ALSA routed to a file over the null device, in a
 * child JVM) and goes through the library's analysis. 24- and 32-bit files longer than a few seconds used to
 * fail with "Resetting to invalid mark".
 */
class WavBitDepthTest {
    @TempDir
    static Path dir;
    static final List<Path> files = new ArrayList<>();

    @BeforeAll
    static void makeTheFiles() throws IOException {
        for (int bits : new int[] {16, 24, 32}) {
            files.add(wav(bits, 48000, 3));
            files.add(wav(bits, 48000, 60));
            files.add(wav(bits, 44100, 200));
        }
    }

    private static Path wav(int bits, int rate, int seconds) throws IOException {
        Path file = dir.resolve("music/tone-" + bits + "bit-" + rate + "-" + seconds + "s.wav");
        Files.createDirectories(file.getParent());
        TestAudio.run(List.of("sox", "-n", "-r", String.valueOf(rate), "-b", String.valueOf(bits), "-c", "2",
                file.toString(), "synth", String.valueOf(seconds), "sine", "440", "vol", "0.5"));
        return file;
    }

    @Test
    void everyBitDepthAndLengthPlays() throws Exception {
        Path config = dir.resolve("asound.conf");
        Files.writeString(config, "pcm.!default {\n  type file\n  slave.pcm \"null\"\n  file \"" + dir.resolve("out.raw")
                + "\"\n  format \"raw\"\n}\n");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PlaybackStartProbe.class.getName()));
        files.forEach(f -> cmd.add(f.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("ALSA_CONFIG_PATH", "/usr/share/alsa/alsa.conf:" + config);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "probe hung: " + out);
        for (Path file : files) {
            assertTrue(out.contains("started " + file.getFileName() + "\n"), file.getFileName() + " did not start:\n" + out);
            assertTrue(out.contains("ended " + file.getFileName() + " STOPPED")
                    || out.contains("ended " + file.getFileName() + " FINISHED"), file.getFileName() + " did not play:\n" + out);
        }
    }

    @Test
    void everyBitDepthAndLengthIsAnalysed() throws Exception {
        try (TrackIndex index = TrackIndex.open(dir.resolve("index.db"))) {
            LibraryScanner scanner = new LibraryScanner(index, new TagReader(), new AudioAnalyzer(120),
                    new MoodVocabulary());
            ScanReport report = scanner.scan(dir.resolve("music"), true, (phase, done, total) -> { });
            assertEquals(List.of(), index.problems(dir.resolve("music")), "nothing skipped");
            assertEquals(files.size(), report.analysed());
            assertEquals(files.size(), index.tracks(List.of(dir.resolve("music"))).size());
            for (Track track : index.tracks(List.of(dir.resolve("music")))) {
                long seconds = Long.parseLong(track.path().getFileName().toString().replaceAll(".*-(\\d+)s\\.wav", "$1"));
                assertEquals(seconds * 1000, track.durationMs(), 100, track.path().getFileName().toString());
            }
        }
    }
}
