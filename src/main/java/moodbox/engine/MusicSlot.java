package moodbox.engine;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import moodbox.emotion.Emotion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The music deck the engine talks to, whose music side can be restarted while the box runs (music settings
 * changed). Restarts run one at a time on the slot's own thread: the old deck closes first (so two music
 * sides never share the sound device or the index), then the new one opens and plays for the mood the old
 * one followed. A restart asked for while another waits replaces it (the newest settings win). Meanwhile a
 * stand-in answers: it remembers the mood and refuses a rescan with the reason. Closing waits for a running
 * restart and then closes whichever deck is in place; nothing opens after that.
 */
public final class MusicSlot implements MusicDeck {
    private static final Logger log = LoggerFactory.getLogger(MusicSlot.class);
    private static final MusicDeck RESTARTING = NoMusicDeck.restarting();

    private final ExecutorService restarts = Executors.newSingleThreadExecutor(r -> new Thread(r, "music-restart"));
    private final AtomicReference<Supplier<MusicDeck>> waiting = new AtomicReference<>();
    private volatile MusicDeck deck;
    private volatile Emotion following;
    private boolean closed;

    public MusicSlot(MusicDeck first) {
        this.deck = first;
    }

    /**
     * Replaces the music side with the one {@code opener} makes (it reports its own failures and returns a
     * deck that says why); the returned future completes when this or a newer restart has happened.
     */
    public CompletableFuture<Void> restart(Supplier<MusicDeck> opener) {
        waiting.set(opener);
        try {
            return CompletableFuture.runAsync(this::restartWaiting, restarts);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null); // closing: no more restarts
        }
    }

    private void restartWaiting() {
        Supplier<MusicDeck> opener = waiting.getAndSet(null);
        if (opener == null) {
            return; // a newer request was handled by an earlier run
        }
        MusicDeck old;
        synchronized (this) {
            if (closed) {
                return;
            }
            old = deck;
            deck = RESTARTING;
        }
        closeQuietly(old);
        MusicDeck next = opener.get();
        synchronized (this) {
            if (closed) {
                closeQuietly(next);
                return;
            }
            deck = next;
        }
        Emotion mood = following;
        if (mood != null) {
            next.play(mood);
        }
    }

    private static void closeQuietly(MusicDeck deck) {
        try {
            deck.close();
        } catch (Exception e) {
            log.warn("closing the old music failed: {}", e.getMessage());
        }
    }

    /** The deck in place now (a stand-in while a restart runs). */
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
    public void pause() {
        deck.pause();
    }

    @Override
    public void resume() {
        deck.resume();
    }

    @Override
    public int volume(int percent) {
        return deck.volume(percent);
    }

    @Override
    public Controls controls() {
        return deck.controls();
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
        restarts.shutdown();
        synchronized (this) {
            closed = true;
        }
        if (!restarts.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("a music restart was still running after 30 s");
        }
        MusicDeck last;
        synchronized (this) {
            last = deck;
            deck = RESTARTING;
        }
        last.close();
    }
}
