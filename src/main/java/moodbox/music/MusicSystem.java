package moodbox.music;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import moodbox.music.analysis.AudioAnalyzer;
import moodbox.music.demo.DemoLibrary;
import moodbox.music.library.LibraryScanner;
import moodbox.music.library.MusicLibrary;
import moodbox.music.library.StickWatcher;
import moodbox.music.library.TagReader;
import moodbox.music.library.TrackIndex;
import moodbox.playback.Player;

/**
 * Builds the music side from its settings, for the appliance's wiring: index, stick watcher, library,
 * policy and jukebox around the given player. {@link #close()} saves the resume point and shuts down in
 * reverse order.
 */
public final class MusicSystem implements AutoCloseable {
    /** Seconds of each song the analysis decodes. */
    public static final double ANALYSIS_SECONDS = 120;

    /** How often the resume point is saved while playing, so a power cut loses at most this much. */
    public static final Duration RESUME_SAVE_PERIOD = Duration.ofSeconds(10);

    private final TrackIndex index;
    private final MusicLibrary library;
    private final Jukebox jukebox;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "moodbox-resume-saver");
        t.setDaemon(true);
        return t;
    });

    private MusicSystem(TrackIndex index, MusicLibrary library, Jukebox jukebox) {
        this.index = index;
        this.library = library;
        this.jukebox = jukebox;
        long period = RESUME_SAVE_PERIOD.toMillis();
        saver.scheduleAtFixedRate(jukebox::saveResumePoint, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * @param stateDir  where the index lives (kept across reboots), e.g. {@code /var/lib/moodbox}
     * @param cacheDir  where the demo clips are written
     * @param mounts    the mounts file, normally {@code /proc/self/mounts}
     * @param places    where sticks are mounted, normally {@link StickWatcher#STANDARD_PLACES}; the settings'
     *                  music folders are added
     */
    public static MusicSystem start(MusicSettings settings, Path stateDir, Path cacheDir, Path mounts,
                                    List<StickWatcher.MountPlace> places, Player player) throws IOException, SQLException {
        Files.createDirectories(stateDir);
        TrackIndex index = TrackIndex.open(stateDir.resolve("music-index.db"));
        Path demo = settings.demoWhenEmpty() ? new DemoLibrary(cacheDir).materialise() : null;
        MoodVocabulary vocabulary = new MoodVocabulary(settings.folderAliases());
        LibraryScanner scanner = new LibraryScanner(index, new TagReader(), new AudioAnalyzer(ANALYSIS_SECONDS), vocabulary);
        StickWatcher watcher = new StickWatcher(mounts, StickWatcher.placesWith(places, settings.musicFolders()));
        MusicLibrary library = new MusicLibrary(index, scanner, watcher, demo);
        player.setVolume(settings.startVolume());
        Jukebox jukebox = new Jukebox(library, player, new MusicPolicy(settings.policy(), new Random()), index);
        library.start(Duration.ofSeconds(2));
        return new MusicSystem(index, library, jukebox);
    }

    public MusicLibrary library() {
        return library;
    }

    public Jukebox jukebox() {
        return jukebox;
    }

    @Override
    public void close() throws SQLException {
        saver.shutdownNow();
        jukebox.close();
        library.close();
        index.close();
    }
}
