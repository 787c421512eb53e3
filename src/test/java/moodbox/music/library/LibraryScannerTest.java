package moodbox.music.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import moodbox.music.Mood;
import moodbox.music.MoodSource;
import moodbox.music.MoodVocabulary;
import moodbox.music.TestAudio;
import moodbox.music.Track;
import moodbox.music.analysis.AudioAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stick with real MP3/OGG/FLAC/WAV files, odd names and broken files of every kind, scanned for real. */
class LibraryScannerTest {
    @TempDir
    static Path stick;
    @TempDir
    static Path state;

    @BeforeAll
    static void fillTheStick() throws Exception {
        TestAudio.encode(TestAudio.BRIGHT, stick.resolve("Pop/bright.mp3"), "Bright MP3", "Band", "Jazz");
        TestAudio.encode(TestAudio.GLOOMY, stick.resolve("Pop/gloomy.mp3"), "Gloomy MP3", "Band", "Jazz");
        TestAudio.encode(TestAudio.BRIGHT, stick.resolve("bright.ogg"), "Bright OGG", "Band", "Jazz");
        TestAudio.encode(TestAudio.GLOOMY, stick.resolve("gloomy.ogg"), "Gloomy OGG", "Band", "Jazz");
        TestAudio.encode(TestAudio.BRIGHT, stick.resolve("bright.flac"), "Bright FLAC", "Band", "Jazz");
        TestAudio.encode(TestAudio.GLOOMY, stick.resolve("gloomy.flac"), "Gloomy FLAC", "Band", "Jazz");
        TestAudio.wav(TestAudio.BRIGHT, stick.resolve("bright.wav"));
        TestAudio.wav(TestAudio.GLOOMY, stick.resolve("gloomy.wav"));
        // Mood from the folder wins over everything; from the genre tag over analysis.
        TestAudio.encode(TestAudio.BRIGHT, stick.resolve("sad/actually bright.ogg"), "In sad folder", "Band", "Metal");
        TestAudio.encode(TestAudio.GLOOMY, stick.resolve("tagged.mp3"), "Metal tag", "Band", "Metal");
        // Odd names: Unicode, spaces, a very long path.
        TestAudio.encode(TestAudio.BRIGHT, stick.resolve("Ünïcødé – 音楽/ song  with spaces .mp3"), "", "", "");
        String longName = "x".repeat(120);
        TestAudio.wav(TestAudio.GLOOMY, stick.resolve(longName + "/" + longName + "/" + longName + ".wav"));
        TestAudio.flac24(stick.resolve("hires.flac"), 440, 3);
        // Broken: empty, not audio, mislabelled, truncated.
        Files.createFile(stick.resolve("empty.mp3"));
        Files.writeString(stick.resolve("notes.flac"), "this is a text file, not music\n".repeat(50));
        Files.copy(stick.resolve("gloomy.ogg"), stick.resolve("mislabelled.flac"));
        byte[] flac = Files.readAllBytes(stick.resolve("bright.flac"));
        Files.write(stick.resolve("truncated.flac"), Arrays.copyOf(flac, flac.length / 3));
        byte[] wav = Files.readAllBytes(stick.resolve("bright.wav"));
        Files.write(stick.resolve("truncated.wav"), Arrays.copyOf(wav, wav.length / 4));
        Files.writeString(stick.resolve("cover.jpg"), "not music, not scanned");
    }

    private static TrackIndex index(String name) throws Exception {
        return TrackIndex.open(state.resolve(name));
    }

    private static LibraryScanner scanner(TrackIndex index) {
        return new LibraryScanner(index, new TagReader(), new AudioAnalyzer(120), new MoodVocabulary());
    }

    @Test
    void everyGoodFileBecomesATrackAndEveryBrokenOneAProblem() throws Exception {
        try (TrackIndex index = index("all.db")) {
            ScanReport report = scanner(index).scan(stick, true, ScanListener.NONE);
            Map<String, Track> tracks = index.tracks(List.of(stick)).stream()
                    .collect(Collectors.toMap(t -> t.path().getFileName().toString(), t -> t));
            Map<String, String> problems = index.problems(stick).stream()
                    .collect(Collectors.toMap(p -> p.path().getFileName().toString(), IndexedProblem::reason));
            assertEquals(13, tracks.size(), tracks.keySet().toString() + problems);
            assertEquals(List.of("empty.mp3", "mislabelled.flac", "notes.flac", "truncated.flac", "truncated.wav"),
                    problems.keySet().stream().sorted().toList(), problems.toString());
            assertEquals("empty file", problems.get("empty.mp3"));
            assertTrue(problems.get("truncated.wav").startsWith("truncated"), problems.get("truncated.wav"));
            assertEquals(18, report.files());
            assertEquals("Bright MP3", tracks.get("bright.mp3").title());
            assertEquals(" song  with spaces ", tracks.get(" song  with spaces .mp3").title());
            assertTrue(tracks.get("hires.flac").features().secondsAnalysed() > 2.9, "24-bit FLAC decodes");
            Track inSadFolder = tracks.get("actually bright.ogg");
            assertEquals(Mood.SAD, inSadFolder.mood());
            assertEquals(MoodSource.FOLDER, inSadFolder.moodSource());
            assertEquals(Mood.ANGRY, tracks.get("tagged.mp3").mood());
            assertEquals(MoodSource.TAGS, tracks.get("tagged.mp3").moodSource());
        }
    }

    @Test
    void contrastingMusicIsOrderedInEveryFormat() throws Exception {
        try (TrackIndex index = index("contrast.db")) {
            scanner(index).scan(stick, true, ScanListener.NONE);
            for (String format : List.of("mp3", "ogg", "flac", "wav")) {
                Track bright = index.track(stick.resolve(format.equals("mp3") ? "Pop/bright.mp3" : "bright." + format)).orElseThrow();
                Track gloomy = index.track(stick.resolve(format.equals("mp3") ? "Pop/gloomy.mp3" : "gloomy." + format)).orElseThrow();
                assertEquals(MoodSource.ANALYSIS, bright.moodSource(), format);
                assertTrue(bright.valence() > gloomy.valence() + 0.5, format + " valence " + bright + " vs " + gloomy);
                assertTrue(bright.arousal() > gloomy.arousal() + 0.5, format + " arousal " + bright + " vs " + gloomy);
                assertEquals(Mood.SAD, gloomy.mood(), format);
            }
        }
    }

    @Test
    void rescanSkipsUnchangedFilesAndNoticesChangesAndDeletions() throws Exception {
        Path small = Files.createDirectories(state.resolve("small"));
        TestAudio.wav(TestAudio.GLOOMY, small.resolve("a.wav"));
        TestAudio.wav(TestAudio.BRIGHT, small.resolve("b.wav"));
        try (TrackIndex index = index("rescan.db")) {
            assertEquals(2, scanner(index).scan(small, true, ScanListener.NONE).changed());
            ScanReport again = scanner(index).scan(small, true, ScanListener.NONE);
            assertEquals(0, again.changed());
            assertEquals(2, again.unchanged());
            assertEquals(0, again.analysed());
            Files.delete(small.resolve("b.wav"));
            Files.writeString(small.resolve("a.wav"), "now broken");
            ScanReport third = scanner(index).scan(small, true, ScanListener.NONE);
            assertEquals(1, third.changed());
            assertEquals(1, third.removed());
            assertTrue(index.tracks(List.of(small)).isEmpty());
            assertEquals(1, index.problems(small).size());
        }
        try (TrackIndex reopened = index("rescan.db")) {
            assertFalse(reopened.problems(small).isEmpty(), "the index survives a restart");
        }
    }
}
