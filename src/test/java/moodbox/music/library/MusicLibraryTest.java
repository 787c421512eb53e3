package moodbox.music.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import moodbox.music.MoodVocabulary;
import moodbox.music.TestAudio;
import moodbox.music.analysis.AudioAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's status around scans that end at once: it must not stay "scanning", and a failure is said. */
class MusicLibraryTest {
    @TempDir
    Path dir;

    private MusicLibrary library(TrackIndex index) {
        return new MusicLibrary(index, new LibraryScanner(index, new TagReader(), new AudioAnalyzer(5), new MoodVocabulary()),
                new StickWatcher(dir.resolve("no-mounts"), List.of()), null);
    }

    /** Adds the root and waits (generously) until its scan has ended and published its final status. */
    private static LibraryStatus scanned(MusicLibrary library, Path root) throws Exception {
        CountDownLatch ended = new CountDownLatch(1);
        library.addListener(new LibraryListener() {
            @Override
            public void libraryChanged(LibraryStatus status) {
                if (status.state() != LibraryStatus.State.SCANNING && status.state() != LibraryStatus.State.ANALYSING) {
                    ended.countDown();
                }
            }

            @Override
            public void rootRemoved(Path root) {
            }
        });
        library.added(root);
        assertTrue(ended.await(60, TimeUnit.SECONDS), "the scan never ended: " + library.status());
        return library.status();
    }

    @Test
    void aRescanOfAnUnchangedFolderEndsReady() throws Exception {
        Path music = dir.resolve("music");
        TestAudio.wav(TestAudio.GLOOMY, music.resolve("a.wav"));
        try (TrackIndex index = TrackIndex.open(dir.resolve("index.db"))) {
            MusicLibrary library = library(index);
            scanned(library, music);
            for (int i = 0; i < 20; i++) { // each rescan is over in a moment: the "scanning" it started must not outlive it
                LibraryStatus status = scanned(library, music);
                assertEquals(LibraryStatus.State.READY, status.state(), "rescan " + i + ": " + status);
            }
            assertEquals(LibraryStatus.State.READY, library.status().state());
            library.close();
        }
    }

    @Test
    void aScanThatFailsEndsWithTheReasonInsteadOfScanningForever() throws Exception {
        Path music = dir.resolve("music");
        TestAudio.wav(TestAudio.GLOOMY, music.resolve("a.wav"));
        TrackIndex index = TrackIndex.open(dir.resolve("index.db"));
        MusicLibrary library = library(index);
        index.close();
        LibraryStatus status = scanned(library, music);
        assertTrue(status.failure().contains("the scan of " + music + " failed"), status.toString());
        library.close();
    }
}
