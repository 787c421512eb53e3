package moodbox.ui;

import moodbox.testing.ManualClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import moodbox.state.AppEvent;
import moodbox.state.AppState;
import moodbox.state.MoodReading;
import moodbox.state.NowPlaying;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.state.WebAccess;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KioskViewModelTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
    private final ManualClock clock = new ManualClock(T0);
    private final KioskViewModel model = new KioskViewModel(clock);

    private static MoodReading happy() {
        return new MoodReading(Emotion.HAPPY, 0.82,
                new EmotionScores(new float[] {0.02f, 0.01f, 0.03f, 0.82f, 0.04f, 0.05f, 0.03f}), T0);
    }

    @Test
    void beforeTheFirstDecisionTheScreenGreetsAndExplains() {
        ScreenModel screen = model.screen(AppState.initial());
        assertEquals("Hello", screen.mood());
        assertEquals("Press the button and look at the camera", screen.moodLine());
        assertEquals(7, screen.bars().size());
        assertTrue(screen.bars().stream().noneMatch(ScreenModel.Bar::decided));
        assertNull(screen.nowPlaying());
        assertNull(screen.problem());
        assertEquals("Set-up page starting…", screen.web());
        assertEquals("", screen.pin());
    }

    @Test
    void aDecidedMoodIsBigWithItsConfidenceAgeAndBars() {
        AppState state = AppState.initial().after(new AppEvent.MoodDecided(happy()));
        assertEquals("Happy", model.screen(state).mood());
        assertEquals("82% sure · just now", model.screen(state).moodLine());
        assertEquals("#FFD000", model.screen(state).accent());
        ScreenModel.Bar bar = model.screen(state).bars().get(Emotion.HAPPY.index());
        assertEquals(new ScreenModel.Bar("Happy", 0.82f, "82%", true), bar);
        assertEquals("Angry", model.screen(state).bars().get(0).label());
        assertFalse(model.screen(state).bars().get(0).decided());
        clock.advance(Duration.ofSeconds(42));
        assertEquals("82% sure · 42 s ago", model.screen(state).moodLine());
        clock.advance(Duration.ofMinutes(3));
        assertEquals("82% sure · 3 min ago", model.screen(state).moodLine());
        assertEquals("Looking…", model.screen(state.after(new AppEvent.LookingStarted())).mood());
    }

    @ParameterizedTest
    @CsvSource({"0,0:00", "59,0:59", "83,1:23", "600,10:00", "3725,1:02:05"})
    void songTimesReadLikeAPlayer(long seconds, String text) {
        assertEquals(text, KioskViewModel.clock(Duration.ofSeconds(seconds)));
    }

    @Test
    void nowPlayingShowsTitleArtistTimeAndProgress() {
        NowPlaying track = new NowPlaying(Path.of("/media/usb/a.mp3"), "Here Comes the Sun", "", null,
                Duration.ofSeconds(50), Duration.ofSeconds(200));
        ScreenModel.Song song = model.screen(AppState.initial().after(new AppEvent.TrackStarted(track))).nowPlaying();
        assertEquals(new ScreenModel.Song("Here Comes the Sun", "Unknown artist", "0:50 / 3:20", 0.25, null), song);
    }

    @Test
    void statusLinesAndWebAddress() {
        AppState state = AppState.initial()
                .after(new AppEvent.PartChanged(Part.CAMERA, PartStatus.simulated("synthetic faces")))
                .after(new AppEvent.PartChanged(Part.LIBRARY, PartStatus.ok("412 songs on MUSIC")))
                .after(new AppEvent.WebReady(new WebAccess("http://192.168.1.20:8080/", "4821")));
        ScreenModel screen = model.screen(state);
        assertEquals(List.of(new ScreenModel.StatusLine("Camera", "synthetic faces", "simulated"),
                new ScreenModel.StatusLine("Model", "starting", "starting"),
                new ScreenModel.StatusLine("USB music", "412 songs on MUSIC", "ok")), screen.statuses());
        assertEquals("Set up at http://192.168.1.20:8080/", screen.web());
        assertEquals("PIN 4821", screen.pin());
    }

    @Test
    void afterTooManyWrongPinsTheScreenSaysToPressTheButton() {
        AppState state = AppState.initial()
                .after(new AppEvent.WebReady(new WebAccess("http://192.168.1.20:8080/", "4821")))
                .after(new AppEvent.LoginNotice("press the button to log in"));
        assertEquals("Set up at http://192.168.1.20:8080/ — press the button to log in", model.screen(state).web());
        assertEquals("Set up at http://192.168.1.20:8080/",
                model.screen(state.after(new AppEvent.LoginNotice(""))).web());
    }

    @Test
    void theErrorViewIsCalmAndSaysHowLongSomethingHasBeenWrong() {
        AppState broken = AppState.initial()
                .after(new AppEvent.PartChanged(Part.CAMERA, PartStatus.failed("no camera found, retrying")));
        ScreenModel.Problem problem = model.screen(broken).problem();
        assertEquals("One thing needs attention — the rest keeps working", problem.headline());
        assertEquals(List.of("Camera: no camera found, retrying"), problem.lines());
        clock.advance(Duration.ofMinutes(4));
        AppState worse = broken.after(new AppEvent.PartChanged(Part.LIBRARY, PartStatus.failed("USB stick unreadable")));
        ScreenModel.Problem later = model.screen(worse).problem();
        assertEquals("2 things need attention — the rest keeps working", later.headline());
        assertEquals(List.of("Camera: no camera found, retrying (for 4 min)", "USB music: USB stick unreadable"),
                later.lines());
        assertNull(model.screen(AppState.initial()).problem(), "recovered parts leave the error view");
        assertEquals(List.of("Camera: no camera found, retrying"), model.screen(broken).problem().lines(),
                "a new failure starts a new count");
    }
}
