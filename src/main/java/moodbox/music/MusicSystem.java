package moodbox.music;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import moodbox.config.MusicSettings;
import moodbox.config.VolumeSettings;
import moodbox.music.analysis.AudioAnalyzer;
import moodbox.music.demo.DemoLibrary;
import moodbox.music.library.LibraryScanner;
import moodbox.music.library.MusicLibrary;
import moodbox.music.library.StickWatcher;
import moodbox.music.library.TagReader;
import moodbox.music.library.TrackIndex;
import moodbox.playback.Player;

/**
 * Builds the music side from its settings, for the appliance's wiring: stick watcher, library, policy and
 * jukebox around the given index and player. {@link #close()} saves the resume point and shuts down in
 * reverse order; the index belongs to the caller, who keeps one open for the box's whole run (music sides
 * restarted with new settings use the same one) and closes it after the last music side.
 */
public final class MusicSystem implements AutoCloseable {
    /** Seconds of each song the analysis decodes. */
    public static final double ANALYSIS_SECONDS = 120;

    /** How often the resume point is saved while playing, so a power cut loses at most this much. */
    public static final Duration RESUME_SAVE_PERIOD = Duration.ofSeconds(10);

    private final MusicLibrary library;
    private final Jukebox jukebox;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "moodbox-resume-saver");
        t.setDaemon(true);
        return t;
    });

    private MusicSystem(MusicLibrary library, Jukebox jukebox) {
        this.library = library;
        this.jukebox = jukebox;
        long period = RESUME_SAVE_PERIOD.toMillis();
        saver.scheduleAtFixedRate(jukebox::saveResumePoint, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * @param music     what the settings file says of music: policy, per-emotion choices, music folders
     * @param volume    the start-up volume
     * @param demoWhenEmpty play the synthesised demo clips when no music is found
     * @param index     the library index (kept across reboots: {@code music-index.db} in the state folder)
     * @param cacheDir  where the demo clips are written
     * @param mounts    the mounts file, normally {@code /proc/self/mounts}
     * @param places    where sticks are mounted, normally {@link StickWatcher#STANDARD_PLACES}; the settings'
     *                  music folders are added
     */
    public static MusicSystem start(MusicSettings music, VolumeSettings volume, boolean demoWhenEmpty, TrackIndex index, Path cacheDir, Path mounts,
                                    List<StickWatcher.MountPlace> places, Player player) throws IOException {
        Path demo = demoWhenEmpty ? new DemoLibrary(cacheDir).materialise() : null;
        MoodVocabulary vocabulary = new MoodVocabulary();
        LibraryScanner scanner = new LibraryScanner(index, new TagReader(), new AudioAnalyzer(ANALYSIS_SECONDS), vocabulary);
        StickWatcher watcher = new StickWatcher(mounts, StickWatcher.placesWith(places, music.musicFolders().stream().map(Path::of).toList()));
        MusicLibrary library = new MusicLibrary(index, scanner, watcher, demo);
        player.setVolume(volume.startGain());
        Jukebox jukebox = new Jukebox(library, player, new MusicPolicy(PolicySettings.from(music), new Random()), index);
        library.start(Duration.ofSeconds(2));
        return new MusicSystem(library, jukebox);
    }

    public MusicLibrary library() {
        return library;
    }

    public Jukebox jukebox() {
        return jukebox;
    }

    @Override
    public void close() {
        saver.shutdownNow();
        jukebox.close();
        library.close();
    }
}
