package moodbox.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import moodbox.emotion.Emotion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for the music side while there is none: it could not start ({@link #failed}), or it restarts with
 * new settings ({@link #restarting}). It plays nothing, says why, and refuses a rescan with that reason.
 */
public final class NoMusicDeck implements MusicDeck {
    private static final Logger log = LoggerFactory.getLogger(NoMusicDeck.class);

    private final String reason;
    private final LibraryInfo library;

    private NoMusicDeck(String reason, LibraryInfo library) {
        this.reason = reason;
        this.library = library;
    }

    /** The music side could not start, for {@code problem} (the screen shows the failure). */
    public static NoMusicDeck failed(String problem) {
        return new NoMusicDeck("the music is not working: " + problem, LibraryInfo.NONE);
    }

    /** The music side restarts with new settings: the page shows a scan under way. */
    public static NoMusicDeck restarting() {
        return new NoMusicDeck("the music is restarting with the new settings; try again in a moment",
                new LibraryInfo(true, 0, -1, 0, List.of()));
    }

    @Override
    public void play(Emotion mood) {
        log.warn("no music for {}: {}", mood.label(), reason);
    }

    @Override
    public void next() {
        log.warn("cannot skip: {}", reason);
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public int volume(int percent) {
        log.warn("cannot change the volume: {}", reason);
        return 0;
    }

    @Override
    public Controls controls() {
        return Controls.NONE;
    }

    @Override
    public void rescan() {
        throw new UnsupportedOperationException(reason);
    }

    @Override
    public Optional<Duration> position() {
        return Optional.empty();
    }

    @Override
    public LibraryInfo library() {
        return library;
    }

    @Override
    public void close() {
    }
}
