package moodbox.music;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import moodbox.emotion.Emotion;
import moodbox.music.library.CoverArt;
import moodbox.music.library.CoverFiles;
import moodbox.music.library.LibraryListener;
import moodbox.music.library.LibraryStatus;
import moodbox.music.library.MusicLibrary;
import moodbox.music.library.TagReader;
import moodbox.music.library.TrackIndex;
import moodbox.playback.Player;
import moodbox.playback.PlayerListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the appliance talks to: on a mood decision it picks a song with the policy and plays it, then keeps
 * playing songs for that mood (stepping toward the goal in lift mode). Pause, next and volume come from the
 * screen, button and web page. The last song, its position and the mood it followed are saved in the index
 * so a restart resumes: {@link #resumeLast()} plays that song from there as soon as the library lists it
 * (a stick's songs are listed once the stick is seen), unless a mood decision or a skip came first; the
 * first mood decision after a resume keeps the song when it is the mood the song was played for.
 */
public final class Jukebox implements PlayerListener, LibraryListener, AutoCloseable {
    static final String RESUME_KEY = "resume";
    static final String RESUME_MOOD_KEY = "resume-mood";
    private static final Logger LOG = LoggerFactory.getLogger(Jukebox.class);
    private static final int MAX_FAILURES_IN_A_ROW = 3;

    private final MusicLibrary library;
    private final Player player;
    private final MusicPolicy policy;
    private final TrackIndex index;
    private final TagReader tags = new TagReader();
    private final List<JukeboxListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Path> played = new ArrayList<>();
    private Emotion emotion;
    private int step;
    private Track current;
    private int failures;
    private long startedAtMs;
    private boolean resumePending;
    private boolean resumedSong;
    private String message = "Waiting for a mood";

    public Jukebox(MusicLibrary library, Player player, MusicPolicy policy, TrackIndex index) {
        this.library = library;
        this.player = player;
        this.policy = policy;
        this.index = index;
        player.addListener(this);
        library.addListener(this);
    }

    public void addListener(JukeboxListener listener) {
        listeners.add(listener);
    }

    /** A new mood decision: play a song for it now (a song resumed after a restart for this mood plays on). */
    public synchronized void onMood(Emotion decided) {
        resumePending = false;
        if (resumedSong && decided == emotion && player.state() != Player.PlayerState.IDLE) {
            resumedSong = false;
            return;
        }
        resumedSong = false;
        step = decided == emotion ? step + 1 : 0;
        emotion = decided;
        playNext();
    }

    /** Skips to another song for the current mood (Neutral before the first decision). */
    public synchronized void next() {
        resumePending = false;
        resumedSong = false;
        if (emotion == null) {
            emotion = Emotion.NEUTRAL;
        } else {
            step++;
        }
        playNext();
    }

    public synchronized void pause() {
        player.pause();
        saveResumePoint();
    }

    public synchronized void resume() {
        player.resume();
    }

    public double setVolume(double volume) {
        return player.setVolume(volume);
    }

    /**
     * Plays the song that was playing before the last shutdown from where it was. True when it started now;
     * false when nothing was saved or the library does not list it yet — then it starts when the library
     * changes and lists it, until a mood decision or a skip comes first.
     */
    public synchronized boolean resumeLast() {
        try {
            Optional<String> saved = index.state(RESUME_KEY);
            if (saved.isEmpty()) {
                return false;
            }
            resumePending = true;
            return resumeIfListed(saved.get());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("cannot resume the last song: {}", e.getMessage());
            return false;
        }
    }

    private boolean resumeIfListed(String saved) throws SQLException {
        String[] parts = saved.split("\t", 2);
        Path path = Path.of(parts[1]);
        Optional<Track> track = library.tracks().stream().filter(t -> t.path().equals(path)).findFirst();
        if (track.isEmpty() || !Files.isReadable(path)) {
            return false;
        }
        resumePending = false;
        resumedSong = true;
        emotion = index.state(RESUME_MOOD_KEY).map(Emotion::fromLabel).orElse(Emotion.NEUTRAL);
        LOG.info("resuming {} at {} ms", path, parts[0]);
        start(track.get(), Long.parseLong(parts[0]));
        return true;
    }

    /** Saves the current song and position ({@link MusicSystem} does so every few seconds, and on shutdown). */
    public synchronized void saveResumePoint() {
        if (current == null || player.state() == Player.PlayerState.IDLE) {
            return;
        }
        try {
            index.putState(RESUME_KEY, player.positionMs() + "\t" + current.path());
            if (emotion != null) {
                index.putState(RESUME_MOOD_KEY, emotion.label());
            }
        } catch (SQLException e) {
            LOG.warn("cannot save the resume point: {}", e.getMessage());
        }
    }

    public synchronized JukeboxStatus status() {
        JukeboxStatus.State state = switch (player.state()) {
            case PLAYING -> JukeboxStatus.State.PLAYING;
            case PAUSED -> JukeboxStatus.State.PAUSED;
            case IDLE -> library.status().tracks() == 0 ? JukeboxStatus.State.NOTHING_PLAYABLE : JukeboxStatus.State.STOPPED;
        };
        Track track = state == JukeboxStatus.State.PLAYING || state == JukeboxStatus.State.PAUSED ? current : null;
        String text = track != null ? "" : state == JukeboxStatus.State.NOTHING_PLAYABLE
                ? "No music found: insert a USB stick with MP3, OGG, FLAC or WAV files" : message;
        return new JukeboxStatus(state, track, track == null ? 0 : player.positionMs(), player.volume(), emotion, text);
    }

    /** The current song's cover: the picture in its tags, else a cover.jpg or folder.jpg beside it ({@link CoverFiles}). */
    public synchronized Optional<CoverArt> cover() {
        if (current == null) {
            return Optional.empty();
        }
        Path file = current.path();
        return (current.hasCover() ? tags.cover(file) : Optional.<CoverArt>empty()).or(() -> CoverFiles.beside(file));
    }

    private void playNext() {
        Optional<Track> next = policy.pick(emotion, step, library.tracks(), played);
        if (next.isEmpty()) {
            current = null;
            player.stop();
            message = "No music found: insert a USB stick with MP3, OGG, FLAC or WAV files";
            return;
        }
        start(next.get(), 0);
    }

    private void start(Track track, long positionMs) {
        current = track;
        startedAtMs = positionMs;
        played.add(track.path());
        if (played.size() > 200) {
            played.remove(0);
        }
        player.play(track.path(), positionMs);
    }

    @Override
    public void started(Path file) {
        Track track;
        long from;
        synchronized (this) {
            track = current;
            from = startedAtMs;
            failures = 0;
            saveResumePoint();
        }
        if (track != null && track.path().equals(file)) {
            listeners.forEach(l -> l.trackStarted(track, from));
        }
    }

    @Override
    public void ended(Path file, Player.EndReason reason, String detail) {
        Track track;
        synchronized (this) {
            track = current != null && current.path().equals(file) ? current : null;
            if (track == null) {
                return; // an older song, already replaced
            }
            resumedSong = false; // a mood decision after the resumed song chooses afresh
            if (reason == Player.EndReason.FAILED) {
                LOG.warn("cannot play {}: {}", file, detail);
                failures++;
            }
            if (reason == Player.EndReason.STOPPED || failures >= MAX_FAILURES_IN_A_ROW) {
                message = failures >= MAX_FAILURES_IN_A_ROW ? "Cannot play music: " + detail : "Stopped";
            } else {
                step++;
                playNext();
            }
        }
        listeners.forEach(l -> l.trackEnded(track, reason));
    }

    @Override
    public void rootRemoved(Path root) {
        synchronized (this) {
            if (current != null && current.isUnder(root)) {
                LOG.info("the stick with {} was removed: stopping", current.path());
                message = "The music stick was removed: waiting for music";
                current = null;
                player.stop();
            }
        }
    }

    @Override
    public void libraryChanged(LibraryStatus status) {
        synchronized (this) {
            if (resumePending && current == null) {
                resumeLast();
            }
            if (current == null && emotion != null && !status.demo() && status.tracks() > 0
                    && player.state() == Player.PlayerState.IDLE && failures < MAX_FAILURES_IN_A_ROW) {
                playNext(); // real music came back (the demo clips wait for a mood decision or "next")
            }
        }
        listeners.forEach(l -> l.libraryChanged(status));
    }

    @Override
    public synchronized void close() {
        saveResumePoint();
        player.stop();
    }
}
