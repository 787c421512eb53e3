package moodbox.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import moodbox.emotion.Emotion;
import moodbox.engine.MusicDeck;
import moodbox.engine.MusicDeck.LibraryInfo;
import moodbox.hardware.Button;
import moodbox.household.CorrectionsDesk;
import moodbox.household.DecidedLook;
import moodbox.household.PersonalModelStatus;
import moodbox.hardware.MoodLights;
import moodbox.state.AppEvent;
import moodbox.state.AppState;
import moodbox.state.AppStateHolder;
import moodbox.state.Part;
import moodbox.web.BoxControl;
import moodbox.web.JournalLogs;
import moodbox.web.StatusSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running box as the settings page sees it: status from the state and the library, an LED test, a music
 * rescan, pause, resume, skip and volume (through the same music deck as the screen and the button), the logs, the button's presses (to let the owner in after too many wrong PINs) and a login notice
 * on the screen, and the household's corrections and personal model (through the {@link CorrectionsDesk}).
 * Parts that did not start (no LEDs, no music) make their buttons answer with the reason.
 */
final class ApplianceBox implements BoxControl {
    private static final Logger log = LoggerFactory.getLogger(ApplianceBox.class);
    private static final java.time.Duration PER_LED = java.time.Duration.ofMillis(400);

    private final AppStateHolder holder;
    private final Supplier<MoodLights> lights;
    private final Runnable afterLedTest;
    private final Supplier<MusicDeck> deck;
    private final Supplier<Button> button;
    private final AtomicBoolean testing = new AtomicBoolean();
    private final Path pageUsedMarker;
    private final Supplier<CorrectionsDesk> corrections;

    /**
     * {@code lights}, {@code button} and {@code deck} give {@code null} while (or when) that part is not running;
     * {@code pageUsedMarker} is the file whose existence says the page was used once (it survives restarts).
     */
    ApplianceBox(AppStateHolder holder, Supplier<MoodLights> lights, Runnable afterLedTest, Supplier<MusicDeck> deck,
                 Supplier<Button> button, Path pageUsedMarker, Supplier<CorrectionsDesk> corrections) {
        this.pageUsedMarker = pageUsedMarker;
        this.corrections = corrections;
        this.holder = holder;
        this.lights = lights;
        this.afterLedTest = afterLedTest;
        this.deck = deck;
        this.button = button;
    }

    @Override
    public StatusSnapshot status() {
        AppState state = holder.current();
        MusicDeck music = deck.get();
        LibraryInfo library = music == null ? LibraryInfo.NONE : music.library();
        MusicDeck.Controls controls = music == null ? MusicDeck.Controls.NONE : music.controls();
        List<String> problems = state.problems().entrySet().stream()
                .filter(e -> e.getKey() != Part.SETTINGS) // the page shows the store's own settingsProblem
                .map(e -> e.getKey().label() + ": " + e.getValue().detail()).toList();
        return new StatusSnapshot(state.mood() == null ? "" : state.mood().emotion().label(),
                state.mood() == null ? 0 : state.mood().confidence(),
                state.nowPlaying() == null ? "" : state.nowPlaying().title(),
                state.nowPlaying() == null ? "" : state.nowPlaying().artist(),
                controls.paused(), controls.volume(), controls.maxVolume(), testing.get(),
                library.scanning(), library.done(), library.total(), library.tracks(),
                library.unusable(), problems);
    }

    @Override
    public void testLeds() {
        MoodLights leds = lights.get();
        if (leds == null) {
            throw new UnsupportedOperationException("the LEDs are not working: " + holder.current().status(Part.GPIO).detail());
        }
        if (!testing.compareAndSet(false, true)) {
            return;
        }
        Thread test = new Thread(() -> {
            try {
                leds.blinkTest(PER_LED, e -> log.info("LED test: {} LED", e.label()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                afterLedTest.run();
                testing.set(false);
            }
        }, "led-test");
        test.setDaemon(true);
        test.start();
    }

    @Override
    public void rescan() {
        MusicDeck music = deck.get();
        if (music == null) {
            throw new UnsupportedOperationException("the music is not working: " + holder.current().status(Part.LIBRARY).detail());
        }
        music.rescan();
    }

    @Override
    public void pause() {
        music("pause").pause();
    }

    @Override
    public void resume() {
        music("resume").resume();
    }

    @Override
    public void skip() {
        music("skip").next();
    }

    @Override
    public int volume(int percent) {
        return music("change the volume").volume(percent);
    }

    /** The music deck, or why it cannot {@code act}. */
    private MusicDeck music(String act) {
        MusicDeck music = deck.get();
        if (music == null) {
            throw new UnsupportedOperationException("cannot " + act + ": the music is not running yet");
        }
        return music;
    }

    @Override
    public String recentLogs() {
        return JournalLogs.recent(3000);
    }

    /** Every press of the box's button (real or simulated: the same listener path), short or long. */
    @Override
    public void onButtonPress(Runnable pressed) {
        Button b = button.get();
        if (b == null) {
            log.warn("no working button: after too many wrong PINs only a restart lets the owner log in again");
            return;
        }
        b.addListener(press -> pressed.run());
    }

    @Override
    public void showLoginNotice(String notice) {
        holder.publish(new AppEvent.LoginNotice(notice));
    }

    /** Hides the set-up address and PIN from the screen's main view, now and after restarts (the marker file). */
    @Override
    public void pageUsed() {
        if (holder.current().web() != null && holder.current().web().used()) {
            return;
        }
        try {
            Files.write(pageUsedMarker, new byte[0]);
        } catch (IOException e) {
            log.warn("cannot note that the set-up page was used ({}): the screen shows its PIN again after a restart",
                    e.getMessage());
        }
        holder.publish(new AppEvent.PageUsed());
    }

    private CorrectionsDesk desk() {
        CorrectionsDesk desk = corrections.get();
        if (desk == null) {
            throw new UnsupportedOperationException("the box cannot learn its household now: the corrections could not open"
                    + " (see the logs) or there is no emotion model");
        }
        return desk;
    }

    @Override
    public List<DecidedLook> recentLooks() {
        CorrectionsDesk desk = corrections.get();
        return desk == null ? List.of() : desk.recentLooks();
    }

    @Override
    public void correct(String lookId, Emotion emotion) throws IOException {
        desk().correct(lookId, emotion);
    }

    @Override
    public int forgetCorrections() throws IOException {
        return desk().forgetAll();
    }

    @Override
    public PersonalModelStatus personalModel() throws IOException {
        return desk().personalModel();
    }

    @Override
    public void backToShippedModel() throws IOException {
        desk().backToShipped();
    }
}
