package moodbox.music;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import moodbox.config.PlaybackSettings;
import moodbox.config.VolumeSettings;
import moodbox.emotion.Emotion;
import moodbox.engine.MusicDeck;
import moodbox.music.library.CoverArt;
import moodbox.music.library.LibraryStatus;
import moodbox.playback.Player;
import moodbox.state.AppEvent;
import moodbox.state.NowPlaying;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.state.UnusableFile;

/**
 * The music side behind the engine's {@link MusicDeck}: mood decisions, skips, pause and volume go to the
 * jukebox (the volume never above the settings' maximum); songs starting (with where they start, so a song
 * resumed after a restart shows its place) and stopping, pausing and resuming, the volume now in force, and
 * the library's and speaker's health come back as events, whoever asked (screen, page or button); library
 * progress is not an event: the web page reads it from {@link #library()}. On opening it resumes the song
 * that played before the last stop or power cut.
 */
public final class JukeboxDeck implements MusicDeck, JukeboxListener {
    private final MusicSystem music;
    private final Player player;
    private final Jukebox jukebox;
    private final Consumer<AppEvent> report;
    private PartStatus libraryShown;
    private PartStatus playerShown;
    private final boolean simulatedSpeaker;
    private volatile int maxVolume;

    /**
     * {@code player} is the one the music system plays on; the deck closes it last. With
     * {@code simulatedSpeaker} the speaker's health stays shown as simulated while songs play.
     */
    public JukeboxDeck(MusicSystem music, Player player, boolean simulatedSpeaker, VolumeSettings volume, Consumer<AppEvent> report) {
        this.simulatedSpeaker = simulatedSpeaker;
        this.music = music;
        this.player = player;
        this.jukebox = music.jukebox();
        this.report = report;
        jukebox.addListener(this);
        libraryChanged(music.library().status());
        volumeSettings(volume);
        jukebox.resumeLast();
    }

    /** A new maximum volume applies at once: the music gets quieter if it was louder. */
    public void volumeSettings(VolumeSettings volume) {
        maxVolume = volume.maxVolume();
        double cap = volume.maxGain();
        if (player.volume() > cap) {
            jukebox.setVolume(cap);
        }
        report.accept(new AppEvent.VolumeChanged((int) Math.round(player.volume() * 100)));
    }

    /** The crossfade applies from the next song on. */
    public void playbackSettings(PlaybackSettings playback) {
        player.setCrossfade(Duration.ofSeconds(playback.crossfadeSeconds()));
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
    public void pause() {
        jukebox.pause();
        report.accept(new AppEvent.PlaybackPaused(player.state() == Player.PlayerState.PAUSED));
    }

    @Override
    public void resume() {
        jukebox.resume();
        report.accept(new AppEvent.PlaybackPaused(player.state() == Player.PlayerState.PAUSED));
    }

    @Override
    public int volume(int percent) {
        int wanted = Math.max(0, Math.min(maxVolume, percent));
        int now = (int) Math.round(jukebox.setVolume(wanted / 100.0) * 100);
        report.accept(new AppEvent.VolumeChanged(now));
        return now;
    }

    @Override
    public Controls controls() {
        return new Controls(player.state() == Player.PlayerState.PAUSED, (int) Math.round(player.volume() * 100), maxVolume);
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
        List<UnusableFile> unusable = music.library().problems().stream()
                .map(p -> new UnusableFile(p.path().toString(), p.reason())).toList();
        return new LibraryInfo(scanning, s.done(), Math.max(s.total(), 0), s.tracks(), unusable);
    }

    @Override
    public void trackStarted(Track track, long positionMs) {
        byte[] cover = jukebox.cover().map(CoverArt::data).orElse(null);
        report.accept(new AppEvent.TrackStarted(new NowPlaying(track.path(), track.title(),
                track.artist() == null ? "" : track.artist(), cover, Duration.ofMillis(positionMs),
                Duration.ofMillis(track.durationMs()))));
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
