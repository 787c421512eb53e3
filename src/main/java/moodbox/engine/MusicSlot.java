package moodbox.engine;

import java.time.Duration;
import java.util.Optional;
import moodbox.emotion.Emotion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The music deck the engine talks to, whose music side can be replaced while the box runs (music settings
 * changed): the new deck takes over, the old one closes, and the new one plays for the mood the old one
 * followed. Closing closes whichever deck is in place.
 */
public final class MusicSlot implements MusicDeck {
    private static final Logger log = LoggerFactory.getLogger(MusicSlot.class);

    private volatile MusicDeck deck;
    private volatile Emotion following;

    public MusicSlot(MusicDeck first) {
        this.deck = first;
    }

    /** Puts {@code next} in place, closes the old deck and resumes music for the mood being followed. */
    public void replace(MusicDeck next) {
        MusicDeck old;
        synchronized (this) {
            old = deck;
            deck = next;
        }
        try {
            old.close();
        } catch (Exception e) {
            log.warn("closing the old music failed: {}", e.getMessage());
        }
        Emotion mood = following;
        if (mood != null) {
            next.play(mood);
        }
    }

    /** The deck in place now. */
    public MusicDeck current() {
        return deck;
    }

    @Override
    public void play(Emotion mood) {
        following = mood;
        deck.play(mood);
    }

    @Override
    public void next() {
        deck.next();
    }

    @Override
    public void rescan() {
        deck.rescan();
    }

    @Override
    public Optional<Duration> position() {
        return deck.position();
    }

    @Override
    public LibraryInfo library() {
        return deck.library();
    }

    @Override
    public void close() throws Exception {
        deck.close();
    }
}
