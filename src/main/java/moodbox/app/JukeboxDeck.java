package moodbox.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import moodbox.config.VolumeSettings;
import moodbox.emotion.Emotion;
import moodbox.engine.MusicDeck;
import moodbox.music.Jukebox;
import moodbox.music.JukeboxListener;
import moodbox.music.JukeboxStatus;
import moodbox.music.MusicSystem;
import moodbox.music.Track;
import moodbox.music.library.CoverArt;
import moodbox.music.library.LibraryStatus;
import moodbox.playback.Player;
import moodbox.state.AppEvent;
import moodbox.state.NowPlaying;
import moodbox.state.Part;
import moodbox.state.PartStatus;

/**
 * The music side behind the engine's {@link MusicDeck}: mood decisions and skips go to the jukebox; songs
 * starting and stopping and the library's and speaker's health come back as events (library progress is
 * not an event: the web page reads it from {@link #library()}).
 */
final class JukeboxDeck implements MusicDeck, JukeboxListener {
    private final MusicSystem music;
    private final Player player;
    private final Jukebox jukebox;
    private final Consumer<AppEvent> report;
    private PartStatus libraryShown;
    private PartStatus playerShown;
    private final boolean simulatedSpeaker;

    /**
     * {@code player} is the one the music system plays on; the deck closes it last. With
     * {@code simulatedSpeaker} the speaker's health stays shown as simulated while songs play.
     */
    JukeboxDeck(MusicSystem music, Player player, boolean simulatedSpeaker, VolumeSettings volume, Consumer<AppEvent> report) {
        this.simulatedSpeaker = simulatedSpeaker;
        this.music = music;
        this.player = player;
        this.jukebox = music.jukebox();
        this.report = report;
        jukebox.addListener(this);
        libraryChanged(music.library().status());
        volumeSettings(volume);
    }

    /** A new maximum volume applies at once: the music gets quieter if it was louder. */
    void volumeSettings(VolumeSettings volume) {
        double cap = volume.maxGain();
        if (player.volume() > cap) {
            jukebox.setVolume(cap);
        }
    }

    @Override
    public void play(Emotion mood) {
        jukebox.onMood(mood);
    }

    @Override
    public void next() {
        jukebox.next();
    }

    @Override
    public void rescan() {
        if (!music.library().status().demo()) {
            music.library().activeRoots().forEach(music.library()::added);
        }
    }

    @Override
    public Optional<Duration> position() {
        JukeboxStatus now = jukebox.status();
        return now.track() == null ? Optional.empty() : Optional.of(Duration.ofMillis(now.positionMs()));
    }

    @Override
    public LibraryInfo library() {
        LibraryStatus s = music.library().status();
        boolean scanning = s.state() == LibraryStatus.State.SCANNING || s.state() == LibraryStatus.State.ANALYSING;
        return new LibraryInfo(scanning, s.done(), Math.max(s.total(), 0), s.tracks());
    }

    @Override
    public void trackStarted(Track track) {
        byte[] cover = jukebox.cover().map(CoverArt::data).orElse(null);
        report.accept(new AppEvent.TrackStarted(new NowPlaying(track.path(), track.title(),
                track.artist() == null ? "" : track.artist(), cover, Duration.ZERO, Duration.ofMillis(track.durationMs()))));
        player(simulatedSpeaker ? PartStatus.simulated("playing on the silent simulated speaker") : PartStatus.ok("playing"));
    }

    @Override
    public void trackEnded(Track track, Player.EndReason reason) {
        if (reason == Player.EndReason.FAILED) {
            player(PartStatus.failed("cannot play " + track.path().getFileName() + ": " + jukebox.status().message()));
        }
        if (jukebox.status().track() == null) {
            report.accept(new AppEvent.TrackStopped());
        }
    }

    @Override
    public synchronized void libraryChanged(LibraryStatus status) {
        PartStatus next = !status.failure().isEmpty() ? PartStatus.failed(status.failure()) : switch (status.state()) {
            case NO_MUSIC -> PartStatus.absent("no music found: insert a USB stick with MP3, OGG, FLAC or WAV files");
            case SCANNING, ANALYSING -> PartStatus.ok("scanning " + describe(status));
            case READY -> status.demo() ? PartStatus.simulated(status.tracks() + " demo songs (no music found)")
                    : PartStatus.ok(status.tracks() + " songs on " + describe(status));
        };
        if (!next.equals(libraryShown)) {
            libraryShown = next;
            report.accept(new AppEvent.PartChanged(Part.LIBRARY, next));
        }
    }

    private static String describe(LibraryStatus status) {
        return status.roots().stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("the music folders");
    }

    private synchronized void player(PartStatus status) {
        if (!status.equals(playerShown)) {
            playerShown = status;
            report.accept(new AppEvent.PartChanged(Part.PLAYER, status));
        }
    }

    /**
     * Saves where the song is, then stops the player before the music system closes its index, so that no
     * song can end and start the next one against a closed index.
     */
    @Override
    public void close() throws Exception {
        jukebox.saveResumePoint();
        try {
            player.close();
        } finally {
            music.close();
        }
    }
}
