package moodbox.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import moodbox.config.Policy;
import moodbox.emotion.Emotion;
import moodbox.music.analysis.AudioAnalyzer;
import moodbox.music.demo.DemoLibrary;
import moodbox.music.library.LibraryScanner;
import moodbox.music.library.LibraryStatus;
import moodbox.music.library.MusicLibrary;
import moodbox.music.library.StickWatcher;
import moodbox.music.library.TagReader;
import moodbox.music.library.TrackIndex;
import moodbox.playback.RecordingPlayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade end to end: real scanning and analysis, a stick that comes and goes, a recording player. */
class JukeboxTest {
    @TempDir
    Path fs;
    TrackIndex index;
    MusicLibrary library;
    RecordingPlayer player;
    Jukebox jukebox;

    @BeforeEach
    void start() throws Exception {
        index = TrackIndex.open(fs.resolve("index.db"));
        player = new RecordingPlayer(0.5, 0.9);
        jukebox = jukeboxOn(index, player);
        library.start(Duration.ofMillis(50));
    }

    private Jukebox jukeboxOn(TrackIndex idx, RecordingPlayer p) throws Exception {
        Path demo = new DemoLibrary(fs.resolve("cache")).materialise();
        StickWatcher watcher = new StickWatcher(fs.resolve("no-mounts"),
                List.of(new StickWatcher.MountPlace(fs.resolve("media"), 2, true))); // as our own mount folder
        LibraryScanner scanner = new LibraryScanner(idx, new TagReader(), new AudioAnalyzer(60), new MoodVocabulary());
        library = new MusicLibrary(idx, scanner, watcher, demo);
        MusicPolicy policy = new MusicPolicy(new PolicySettings(Policy.MATCH, 2, 1, Map.of()), new Random(1));
        return new Jukebox(library, p, policy, idx);
    }

    @AfterEach
    void stop() throws Exception {
        jukebox.close();
        library.close();
        index.close();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    /** Fills a stick elsewhere, then "mounts" it with one atomic move, as a real mount appears at once. */
    private Path insertStick() throws Exception {
        Path staging = fs.resolve("staging/STICK");
        TestAudio.wav(TestAudio.BRIGHT, staging.resolve("happy/sunny.wav"));
        TestAudio.wav(TestAudio.BRIGHT, staging.resolve("happy/sunnier.wav"));
        TestAudio.wav(TestAudio.GLOOMY, staging.resolve("sad/rain.wav"));
        Path stick = Files.createDirectories(fs.resolve("media/pi")).resolve("STICK");
        Files.move(staging, stick, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return stick;
    }

    @Test
    void demoClipsPlayUntilAStickBringsMusicAndTheStickIsFollowedWhenPulled() throws Exception {
        await("demo library", () -> library.status().demo() && library.status().state() == LibraryStatus.State.READY);
        jukebox.onMood(Emotion.SAD);
        assertEquals("grey-rain.wav", player.current().orElseThrow().getFileName().toString());
        assertEquals(JukeboxStatus.State.PLAYING, jukebox.status().state());

        Path stick = insertStick();
        await("stick scanned", () -> !library.status().demo() && library.status().tracks() == 3
                && library.status().state() == LibraryStatus.State.READY);
        jukebox.onMood(Emotion.HAPPY);
        assertTrue(player.current().orElseThrow().startsWith(stick.resolve("happy")), player.calls().toString());
        assertEquals(Mood.HAPPY, jukebox.status().track().mood());

        try (Stream<Path> files = Files.walk(stick)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
        await("song stopped", () -> player.state() == moodbox.playback.Player.PlayerState.IDLE);
        assertTrue(jukebox.status().message().contains("stick was removed"), jukebox.status().toString());
        Thread.sleep(300);
        assertEquals(moodbox.playback.Player.PlayerState.IDLE, player.state(), "waits; no demo clip after a pull");

        insertStick();
        await("music came back", () -> player.state() == moodbox.playback.Player.PlayerState.PLAYING);
        assertTrue(player.current().orElseThrow().startsWith(stick.resolve("happy")), "still follows the happy mood");
    }

    @Test
    void aSongWithoutTaggedCoverTakesTheCoverPictureInItsFolder() throws Exception {
        Path stick = insertStick();
        await("stick scanned", () -> !library.status().demo() && library.status().tracks() == 3
                && library.status().state() == LibraryStatus.State.READY);
        Files.write(stick.resolve("happy/cover.jpg"), new byte[] {9, 8, 7});
        jukebox.onMood(Emotion.HAPPY);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {9, 8, 7}, jukebox.cover().orElseThrow().data());
        jukebox.onMood(Emotion.SAD);
        assertTrue(jukebox.cover().isEmpty(), "no picture beside the sad song");
    }

    @Test
    void songsFollowOneAnotherWithoutRepeatsAndTheLastOneResumesAfterARestart() throws Exception {
        Path stick = insertStick();
        await("stick scanned", () -> !library.status().demo() && library.status().tracks() == 3
                && library.status().state() == LibraryStatus.State.READY);
        jukebox.onMood(Emotion.HAPPY);
        Path first = player.current().orElseThrow();
        player.finish();
        Path second = player.current().orElseThrow();
        assertTrue(second.startsWith(stick.resolve("happy")) && !second.equals(first), player.calls().toString());
        assertEquals(new HashSet<>(List.of(first, second)).size(), 2);

        player.advance(4200);
        jukebox.pause();
        assertEquals(JukeboxStatus.State.PAUSED, jukebox.status().state());
        assertEquals(4200, jukebox.status().positionMs());
        jukebox.close();
        library.close();

        RecordingPlayer afterReboot = new RecordingPlayer(0.5, 0.9);
        jukebox = jukeboxOn(index, afterReboot);
        library.start(Duration.ofMillis(50));
        await("stick seen again", () -> library.status().tracks() == 3 && !library.status().demo());
        assertTrue(jukebox.resumeLast());
        assertEquals(List.of("play " + second + " 4200"), afterReboot.calls());
    }

    @Test
    void aResumeAskedBeforeTheStickIsSeenStartsWhenItIsAndTheSameMoodKeepsTheSong() throws Exception {
        insertStick();
        await("stick scanned", () -> !library.status().demo() && library.status().tracks() == 3
                && library.status().state() == LibraryStatus.State.READY);
        jukebox.onMood(Emotion.SAD);
        Path sad = player.current().orElseThrow();
        player.advance(3000);
        jukebox.close();
        library.close();

        RecordingPlayer afterReboot = new RecordingPlayer(0.5, 0.9);
        jukebox = jukeboxOn(index, afterReboot);
        jukebox.resumeLast(); // as the box does on opening, before the stick watcher has looked
        library.start(Duration.ofMillis(50));
        await("the song resumed once the stick was seen", () -> afterReboot.current().isPresent());
        assertEquals(List.of("play " + sad + " 3000"), afterReboot.calls());

        jukebox.onMood(Emotion.SAD);
        assertEquals(1, afterReboot.playedFiles().size(), "the mood the song was played for keeps it: " + afterReboot.calls());
        jukebox.onMood(Emotion.HAPPY);
        assertEquals(2, afterReboot.playedFiles().size(), "another mood changes it: " + afterReboot.calls());
    }

    @Test
    void volumeIsCappedAndNothingPlayableIsSaidPlainly() throws Exception {
        assertEquals(0.9, jukebox.setVolume(2.0));
        assertEquals(0.9, jukebox.status().volume());
        Thread.sleep(100);
        // The demo clips are the only music; with them gone from the index nothing would play, but they are there.
        await("demo library", () -> library.status().tracks() == DemoLibrary.RECIPES.size());
        assertEquals(JukeboxStatus.State.STOPPED, jukebox.status().state());
        assertEquals("Waiting for a mood", jukebox.status().message());
    }
}
