package moodbox.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import moodbox.emotion.Emotion;
import moodbox.mood.MoodDecision;
import moodbox.mood.MoodReader;
import moodbox.mood.MoodSettings;
import moodbox.state.AppEvent.ButtonPressed;
import moodbox.state.AppEvent.LookingEnded;
import moodbox.state.AppEvent.LookingEnded.Reason;
import moodbox.state.AppEvent.LookingStarted;
import moodbox.state.AppEvent.MoodDecided;
import moodbox.state.AppEvent.TrackProgress;
import moodbox.state.AppState;
import moodbox.state.AppStateHolder;
import moodbox.state.MoodReading;
import moodbox.state.Part;
import moodbox.state.Press;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's brain: it decides when to look, what the mood is and when the music follows. It runs
 * detection windows ("looks") at start-up, on a short button press and every detection interval; feeds the
 * analysed frames of a look to its {@link MoodReader}; turns the reader's decision into the state's mood
 * (history, LEDs, screen and log are views of the state; the decision carries face crops spread over its look) and starts music for it when the mood changed. A
 * long press skips the song; the screen and the page take the same paths through {@link #lookAgain},
 * {@link #skip}, {@link #pause}, {@link #resume}, {@link #volumeUp} and {@link #volumeDown}. Until a first
 * mood is decided an undecided look is retried after {@link #RETRY_UNTIL_FIRST_MOOD}. The state changes only by events published to the {@link AppStateHolder}
 * (thread-safe, in order): the engine publishes looks, moods and presses; the parts publish their own health
 * and songs. Every input is handled in order on one inbox thread, so the engine needs no locks; tests pass a
 * direct executor and a hand-moved clock.
 */
public final class Engine implements AutoCloseable {
    /** Pause between undecided looks while no mood has been decided yet. */
    public static final Duration RETRY_UNTIL_FIRST_MOOD = Duration.ofSeconds(3);
    /** How long past its window a look waits for frames before it is given up (camera not delivering). */
    public static final Duration LOOK_GRACE = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(Engine.class);

    private final AppStateHolder holder;
    private final MoodReader reader;
    private final MusicDeck deck;
    private final Clock clock;
    private final Executor inbox;
    private final Consumer<Sighting> preview;
    private final long startNanos = System.nanoTime();
    private Duration window;
    private Duration interval;
    private Instant lookingSince;
    private Instant lastLookEnded;
    private Emotion musicFollows;
    private long shownSecond = -1;
    private Runnable firstMood = () -> { };
    private final LookFaces lookFaces = new LookFaces();

    /**
     * @param mood     how the mood reader decides (its window is the length of a look)
     * @param interval time between periodic looks; {@link Duration#ZERO} = only on the button
     * @param preview  hears every frame on the camera thread (the screen's preview); must be quick
     */
    public Engine(AppStateHolder holder, MoodSettings mood, MusicDeck deck, Clock clock, Executor inbox,
            Consumer<Sighting> preview, Duration interval) {
        this.holder = holder;
        this.reader = new MoodReader(mood, clock);
        this.deck = deck;
        this.clock = clock;
        this.inbox = inbox;
        this.preview = preview;
        this.window = mood.window();
        this.interval = interval;
    }

    public AppState state() {
        return holder.current();
    }

    /** Runs once, on the inbox thread, when the first mood is decided (start-up timing). */
    public void onFirstMood(Runnable action) {
        post(() -> firstMood = action);
    }

    /** How much one volume step changes the volume, in percent points. */
    public static final int VOLUME_STEP = 10;

    /** Starts the first look. */
    public void start() {
        post(this::lookNow);
    }

    /** Looks again (the button's short press does the same). */
    public void lookAgain() {
        post(this::lookNow);
    }

    /** Skips to another song for the mood (the button's long press does the same). */
    public void skip() {
        post(deck::next);
    }

    /** Pauses the song playing; its place is kept (the deck reports it to the state). */
    public void pause() {
        post(deck::pause);
    }

    /** Plays a paused song on from where it was. */
    public void resume() {
        post(deck::resume);
    }

    /** One {@link #VOLUME_STEP} louder, never above the maximum volume setting. */
    public void volumeUp() {
        post(() -> changeVolume(VOLUME_STEP));
    }

    /** One {@link #VOLUME_STEP} quieter, down to silence. */
    public void volumeDown() {
        post(() -> changeVolume(-VOLUME_STEP));
    }

    private void changeVolume(int by) {
        deck.volume(Math.max(0, deck.controls().volume() + by));
    }

    /** An analysed frame, from the camera thread. */
    public void seen(Sighting sighting) {
        try {
            preview.accept(sighting);
        } catch (RuntimeException e) {
            log.warn("preview failed: {}", e.getMessage());
        }
        post(() -> onSeen(sighting));
    }

    /** A button press, from the button's thread. */
    public void press(Press press) {
        post(() -> {
            holder.publish(new ButtonPressed(press));
            if (press == Press.SHORT) {
                lookNow();
            } else {
                deck.next();
            }
        });
    }

    /** New detection settings; a running look starts over with them. */
    public void configure(MoodSettings mood, Duration newInterval) {
        post(() -> {
            window = mood.window();
            interval = newInterval;
            reader.configure(mood);
            if (lookingSince != null) {
                lookNow();
            }
        });
    }

    /** Called about twice a second: periodic looks, looks without frames, song progress. */
    public void tick() {
        post(this::onTick);
    }

    private void onTick() {
        Instant now = clock.instant();
        if (lookingSince != null && now.isAfter(lookingSince.plus(window).plus(LOOK_GRACE))) {
            endLook(Reason.NO_PICTURE);
        } else if (lookingSince == null && lastLookEnded != null) {
            boolean retry = state().mood() == null && !now.isBefore(lastLookEnded.plus(RETRY_UNTIL_FIRST_MOOD));
            boolean periodic = !interval.isZero() && !now.isBefore(lastLookEnded.plus(interval));
            if (retry || periodic) {
                lookNow();
            }
        }
        deck.position().ifPresent(position -> {
            if (position.toSeconds() != shownSecond) {
                shownSecond = position.toSeconds();
                holder.publish(new TrackProgress(position));
            }
        });
    }

    private void lookNow() {
        reader.detectNow();
        lookFaces.clear();
        lookingSince = clock.instant();
        holder.publish(new LookingStarted());
    }

    private void onSeen(Sighting sighting) {
        if (lookingSince == null) {
            return;
        }
        if (sighting.crop() != null) {
            lookFaces.add(sighting.crop());
        }
        MoodDecision decision = sighting.hasScores() ? reader.offer(sighting.scores()) : reader.offerNoFace();
        switch (decision.kind()) {
            case LOOKING -> { }
            case MOOD -> decide(decision);
            case NO_FACE -> endLook(state().status(Part.MODEL).failed() ? Reason.NO_MODEL : Reason.NO_FACE);
            case NOT_SURE -> endLook(Reason.NOT_SURE);
        }
    }

    private void decide(MoodDecision decision) {
        Instant now = clock.instant();
        Emotion emotion = decision.emotion().orElseThrow();
        lookingSince = null;
        lastLookEnded = now;
        boolean first = state().mood() == null;
        holder.publish(new MoodDecided(new MoodReading(emotion, decision.confidence(), decision.scores().orElseThrow(), now,
                lookFaces.spread())));
        if (emotion != musicFollows || state().nowPlaying() == null) {
            musicFollows = emotion;
            deck.play(emotion);
        }
        if (first) {
            log.info("first mood {} decided {} ms after the engine was made", emotion.label(),
                    (System.nanoTime() - startNanos) / 1_000_000);
            firstMood.run();
        }
    }

    private void endLook(Reason why) {
        lookingSince = null;
        lastLookEnded = clock.instant();
        holder.publish(new LookingEnded(why));
    }

    private void post(Runnable task) {
        try {
            inbox.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("engine step failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("engine stopped; dropped an input");
        }
    }

    /** Stops taking inputs (the inbox thread ends after the current one). */
    @Override
    public void close() {
        if (inbox instanceof ExecutorService service) {
            service.shutdown();
        }
    }
}
