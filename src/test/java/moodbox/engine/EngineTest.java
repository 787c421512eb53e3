package moodbox.engine;

import static moodbox.engine.EngineFakes.face;
import static moodbox.engine.EngineFakes.noFace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.engine.EngineFakes.RecordingDeck;
import moodbox.mood.MoodSettings;
import moodbox.state.AppEvent;
import moodbox.state.AppStateHolder;
import moodbox.state.MoodReading;
import moodbox.state.NowPlaying;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.state.Press;
import moodbox.testing.ManualClock;
import org.junit.jupiter.api.Test;

/** The engine's decisions with its real mood reader, a recording deck, a direct inbox and a hand-moved clock. */
class EngineTest {
    private static final Duration WINDOW = Duration.ofSeconds(3);

    private final ManualClock clock = new ManualClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final AppStateHolder holder = new AppStateHolder();
    private final List<AppEvent> events = new ArrayList<>();
    private final List<Sighting> previewed = new ArrayList<>();
    private final RecordingDeck deck = new RecordingDeck();

    private Engine engine(Duration interval) {
        holder.addListener((event, state) -> events.add(event));
        return new Engine(holder, new MoodSettings(WINDOW, 0.5, 0.1), deck, clock, Runnable::run, previewed::add, interval);
    }

    /** Three frames of one face (80% {@code emotion}), a second apart: the reader decides on the third. */
    private void watch(Engine engine, Emotion emotion) {
        watch(engine, face(emotion, 0.8));
    }

    private void watch(Engine engine, Sighting frame) {
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(1));
            engine.seen(frame);
        }
    }

    private long count(Class<? extends AppEvent> type) {
        return events.stream().filter(type::isInstance).count();
    }

    @Test
    void firstLookDecidesAMoodPlaysMusicForItAndWritesItDown() {
        Engine engine = engine(Duration.ZERO);
        engine.seen(face(Emotion.HAPPY, 0.8));
        assertEquals(0, count(AppEvent.LookingStarted.class), "frames before start are only previewed");
        engine.start();
        assertTrue(holder.current().looking());
        watch(engine, Emotion.HAPPY);
        assertEquals(Emotion.HAPPY, holder.current().mood().emotion());
        assertEquals(0.8, holder.current().mood().scores().probability(Emotion.HAPPY), 1e-6, "bars are the window's mean");
        assertFalse(holder.current().looking());
        assertEquals(List.of("play happy"), deck.calls);
        assertEquals(4, previewed.size(), "every frame reaches the preview");
    }

    @Test
    void aDecidedMoodCarriesAtMostEightFaceCropsSpreadOverItsLookAndNoneOfTheLookBefore() {
        Engine engine = engine(Duration.ZERO);
        engine.start();
        watch(engine, face(Emotion.SAD, 0.8, EngineFakes.crop(250)));
        assertEquals(3, holder.current().mood().faces().size(), "a short look keeps every crop");
        engine.lookAgain();
        int frames = 0;
        while (holder.current().looking()) {
            clock.advance(Duration.ofMillis(50));
            engine.seen(face(Emotion.HAPPY, 0.8, EngineFakes.crop(frames++)));
        }
        assertTrue(frames > 40, "the look took many frames: " + frames);
        List<Integer> greys = holder.current().mood().faces().stream().map(f -> f.pixels()[0] & 0xFF).toList();
        assertEquals(MoodReading.MAX_FACES, greys.size(), "capped: " + greys);
        assertEquals(0, greys.get(0), "the look's first frame is kept");
        assertTrue(greys.get(greys.size() - 1) >= frames / 2, "crops reach into the look's second half: " + greys);
        for (int i = 1; i < greys.size(); i++) {
            assertTrue(greys.get(i) > greys.get(i - 1), "in frame order, none of the sad look before (250): " + greys);
        }
    }

    @Test
    void shortPressLooksAgainAndChangesTheMusicOnlyWhenTheMoodChanged() {
        Engine engine = engine(Duration.ZERO);
        engine.start();
        watch(engine, Emotion.SAD);
        holder.publish(new AppEvent.TrackStarted(track("Grey Rain")));
        engine.press(Press.SHORT);
        assertTrue(holder.current().looking());
        watch(engine, Emotion.SAD);
        assertEquals(List.of("play sad"), deck.calls, "same mood: the song goes on");
        engine.press(Press.SHORT);
        watch(engine, Emotion.SURPRISE);
        assertEquals(List.of("play sad", "play surprise"), deck.calls);
        assertEquals(2, count(AppEvent.ButtonPressed.class));
        assertEquals(3, count(AppEvent.MoodDecided.class));
        assertEquals(3, count(AppEvent.LookingStarted.class));
    }

    @Test
    void longPressSkipsTheSongWithoutLooking() {
        Engine engine = engine(Duration.ZERO);
        engine.press(Press.LONG);
        assertEquals(List.of("next"), deck.calls);
        assertEquals(0, count(AppEvent.LookingStarted.class));
        assertEquals(new AppEvent.ButtonPressed(Press.LONG), events.get(0));
    }

    @Test
    void undecidedLooksAreRetriedUntilAFirstMoodThenTheMoodStays() {
        Engine engine = engine(Duration.ZERO);
        engine.start();
        watch(engine, face(Emotion.ANGRY, 0.3));
        assertEquals(new AppEvent.LookingEnded(AppEvent.LookingEnded.Reason.NOT_SURE), events.get(events.size() - 1));
        clock.advance(Engine.RETRY_UNTIL_FIRST_MOOD.minusMillis(1));
        engine.tick();
        assertFalse(holder.current().looking(), "waits before retrying");
        clock.advance(Duration.ofMillis(1));
        engine.tick();
        assertTrue(holder.current().looking());
        watch(engine, Emotion.ANGRY);
        engine.press(Press.SHORT);
        watch(engine, noFace());
        assertEquals(new AppEvent.LookingEnded(AppEvent.LookingEnded.Reason.NO_FACE), events.get(events.size() - 1));
        assertEquals(Emotion.ANGRY, holder.current().mood().emotion(), "an undecided look keeps the mood");
        clock.advance(Duration.ofHours(1));
        engine.tick();
        assertFalse(holder.current().looking(), "interval 0: after a mood, only the button looks again");
    }

    @Test
    void looksAgainEveryInterval() {
        Engine engine = engine(Duration.ofMinutes(5));
        engine.start();
        watch(engine, Emotion.NEUTRAL);
        clock.advance(Duration.ofMinutes(4));
        engine.tick();
        assertFalse(holder.current().looking());
        clock.advance(Duration.ofMinutes(1));
        engine.tick();
        assertTrue(holder.current().looking());
        watch(engine, Emotion.HAPPY);
        assertEquals(List.of("play neutral", "play happy"), deck.calls);
    }

    @Test
    void aLookWithoutFramesIsGivenUpAndSaysWhy() {
        Engine engine = engine(Duration.ZERO);
        engine.start();
        clock.advance(WINDOW.plus(Engine.LOOK_GRACE));
        engine.tick();
        assertTrue(holder.current().looking(), "not yet: exactly at the limit");
        clock.advance(Duration.ofMillis(1));
        engine.tick();
        assertFalse(holder.current().looking());
        assertEquals(new AppEvent.LookingEnded(AppEvent.LookingEnded.Reason.NO_PICTURE), events.get(events.size() - 1));
    }

    @Test
    void aFailedModelIsNamedAsTheReasonNoMoodCame() {
        Engine engine = engine(Duration.ZERO);
        holder.publish(new AppEvent.PartChanged(Part.MODEL, PartStatus.failed("no model in /nowhere")));
        engine.start();
        watch(engine, noFace());
        assertEquals(new AppEvent.LookingEnded(AppEvent.LookingEnded.Reason.NO_MODEL), events.get(events.size() - 1));
    }

    @Test
    void songProgressIsPublishedOncePerSecond() {
        Engine engine = engine(Duration.ZERO);
        engine.start();
        watch(engine, Emotion.FEAR);
        holder.publish(new AppEvent.TrackStarted(track("Night Drive")));
        deck.position = Duration.ofMillis(1200);
        engine.tick();
        deck.position = Duration.ofMillis(1700);
        engine.tick();
        deck.position = Duration.ofMillis(2100);
        engine.tick();
        assertEquals(2, count(AppEvent.TrackProgress.class));
        assertEquals(Duration.ofMillis(2100), holder.current().nowPlaying().position());
    }

    @Test
    void newDetectionSettingsRestartARunningLookAndApplyToIt() {
        Engine engine = engine(Duration.ZERO);
        engine.start();
        engine.configure(new MoodSettings(Duration.ofSeconds(5), 0.6, 0.1), Duration.ofSeconds(60));
        assertEquals(2, count(AppEvent.LookingStarted.class));
        watch(engine, face(Emotion.HAPPY, 0.55));
        assertTrue(holder.current().looking(), "the new 5 s window is not over after 3 s");
        clock.advance(Duration.ofSeconds(2));
        engine.seen(face(Emotion.HAPPY, 0.55));
        assertEquals(new AppEvent.LookingEnded(AppEvent.LookingEnded.Reason.NOT_SURE), events.get(events.size() - 1),
                "55% is below the new threshold of 60%");
        assertNull(holder.current().mood());
    }

    @Test
    void theScreenAndPageControlsTakeTheButtonsPathsToTheDeck() {
        Engine engine = engine(Duration.ZERO);
        engine.start();
        watch(engine, Emotion.HAPPY);
        engine.pause();
        engine.resume();
        engine.skip();
        engine.lookAgain();
        assertTrue(holder.current().looking(), "look again starts a look, as a short press does");
        assertEquals(0, count(AppEvent.ButtonPressed.class), "no button was pressed");
        for (int i = 0; i < 5; i++) {
            engine.volumeUp();
        }
        engine.volumeDown();
        assertEquals(70, deck.volume, "never above the maximum, then one step down");
        assertEquals(List.of("play happy", "pause", "resume", "next", "volume 50", "volume 60", "volume 70", "volume 80",
                "volume 90", "volume 70"), deck.calls);
        deck.volume = 5;
        engine.volumeDown();
        assertEquals("volume 0", deck.calls.get(deck.calls.size() - 1), "down to silence, not below");
    }

    private static NowPlaying track(String title) {
        return new NowPlaying(Path.of("/demo/" + title + ".wav"), title, "Synth", null, Duration.ZERO, Duration.ofSeconds(20));
    }
}
