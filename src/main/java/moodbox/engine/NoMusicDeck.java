package moodbox.engine;

import java.time.Duration;
import java.util.Optional;
import moodbox.emotion.Emotion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stands in for the music side when it could not start: says why instead of playing (the screen shows the failure). */
public final class NoMusicDeck implements MusicDeck {
    private static final Logger log = LoggerFactory.getLogger(NoMusicDeck.class);

    private final String reason;

    public NoMusicDeck(String reason) {
        this.reason = reason;
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
        throw new UnsupportedOperationException("the music is not working: " + reason);
    }

    @Override
    public Optional<Duration> position() {
        return Optional.empty();
    }

    @Override
    public LibraryInfo library() {
        return LibraryInfo.NONE;
    }

    @Override
    public void close() {
    }
}
