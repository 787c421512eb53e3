package moodbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.config.MoodColours;
import moodbox.config.RgbColor;
import moodbox.state.AppEvent;
import moodbox.state.AppEvent.LookingEnded.Reason;
import moodbox.state.AppState;
import moodbox.state.MoodReading;
import moodbox.state.NowPlaying;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.state.WebAccess;
import moodbox.testing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class KioskViewModelTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
    private final ManualClock clock = new ManualClock(T0);
    private final KioskViewModel model = new KioskViewModel(clock, colours("#12AB34"));

    /** The factory colours, with Happy's set to {@code happy} (as a user's moodColours setting would). */
    private static Map<Emotion, RgbColor> colours(String happy) {
        Map<Emotion, RgbColor> colours = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            colours.put(e, MoodColours.of(e));
        }
        colours.put(Emotion.HAPPY, RgbColor.parse(happy));
        return colours;
    }

    private static MoodReading happy() {
        return new MoodReading(Emotion.HAPPY, 0.82,
                new EmotionScores(new float[] {0.02f, 0.01f, 0.03f, 0.82f, 0.04f, 0.05f, 0.03f}), T0, java.util.List.of());
    }

    private static AppState decided() {
        return AppState.initial().after(new AppEvent.MoodDecided(happy()));
    }

    @Test
    void beforeTheFirstLookTheScreenGreetsAndSaysWhatToDo() {
        ScreenModel screen = model.screen(AppState.initial());
        assertEquals(new ScreenModel.Mood(ScreenModel.Look.HELLO, "Hello",
                "Tap here or press the button, then look at the camera", "", KioskViewModel.CALM), screen.mood());
        assertEquals(7, screen.details().bars().size());
        assertTrue(screen.details().bars().stream().allMatch(b -> b.fill() == 0 && !b.decided()));
        assertNull(screen.song());
        assertNull(screen.setup());
        assertNull(screen.details().setup());
        assertEquals("Starting: Camera, Model, USB music", screen.status());
        assertFalse(screen.trouble());
    }

    @Test
    void aDecidedMoodIsShownInTheConfiguredColourWithHowSureAndHowLongAgo() {
        AppState state = decided();
        ScreenModel.Mood mood = model.screen(state).mood();
        assertEquals(new ScreenModel.Mood(ScreenModel.Look.DECIDED, "Happy", "82% sure · just now", "", "#12AB34"), mood);
        ScreenModel.Bar bar = model.screen(state).details().bars().get(Emotion.HAPPY.index());
        assertEquals(new ScreenModel.Bar("Happy", 0.82f, "82%", true), bar);
        assertEquals("Happy, 82% sure · just now", model.screen(state).details().barsTitle());
        clock.advance(Duration.ofSeconds(42));
        assertEquals("82% sure · 42 s ago", model.screen(state).mood().line());
        clock.advance(Duration.ofMinutes(3));
        assertEquals("82% sure · 3 min ago", model.screen(state).mood().line());
        model.colours(colours("#FF00FF"));
        assertEquals("#FF00FF", model.screen(state).mood().colour(), "a changed moodColours setting shows at once");
    }

    static Stream<Arguments> looks() {
        AppState mood = decided();
        return Stream.of(
                Arguments.of("looking", mood.after(new AppEvent.LookingStarted()), ScreenModel.Look.LOOKING, "Looking…",
                        "Looking… the scores appear when the look ends"),
                Arguments.of("no face", mood.after(new AppEvent.LookingStarted()).after(new AppEvent.LookingEnded(Reason.NO_FACE)),
                        ScreenModel.Look.NO_FACE, "No face", "No scores: no face seen"),
                Arguments.of("not sure", mood.after(new AppEvent.LookingStarted()).after(new AppEvent.LookingEnded(Reason.NOT_SURE)),
                        ScreenModel.Look.NOT_SURE, "Not sure", "No scores: not sure: no mood stood out"),
                Arguments.of("no picture", mood.after(new AppEvent.LookingEnded(Reason.NO_PICTURE)),
                        ScreenModel.Look.NO_PICTURE, "No picture", "No scores: no picture from the camera"),
                Arguments.of("no model", mood.after(new AppEvent.LookingEnded(Reason.NO_MODEL)),
                        ScreenModel.Look.NO_MODEL, "Can't tell", "No scores: the emotion model is not available"));
    }

    /** Every way a look can be under way or end without a mood: said as such, the old mood only as earlier. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("looks")
    void aLookWithoutANewMoodNeverShowsTheOldMoodAsCurrent(String name, AppState state, ScreenModel.Look look,
            String word, String barsTitle) {
        clock.advance(Duration.ofMinutes(2));
        ScreenModel screen = model.screen(state);
        assertEquals(look, screen.mood().look());
        assertEquals(word, screen.mood().word());
        assertEquals("Last mood: Happy, 2 min ago", screen.mood().earlier());
        assertFalse(screen.mood().colour().equals("#12AB34"), "not in the old mood's colour");
        assertTrue(screen.details().bars().stream().allMatch(b -> b.fill() == 0 && b.percent().isEmpty() && !b.decided()),
                "the old bars are not shown as full");
        assertEquals(barsTitle, screen.details().barsTitle());
        assertEquals(ScreenModel.Look.DECIDED, model.screen(state.after(new AppEvent.MoodDecided(happy()))).mood().look(),
                "the next decision is current again");
    }

    @ParameterizedTest
    @CsvSource({"0,0:00", "59,0:59", "83,1:23", "600,10:00", "3725,1:02:05"})
    void songTimesReadLikeAPlayer(long seconds, String text) {
        assertEquals(text, KioskViewModel.clock(Duration.ofSeconds(seconds)));
    }

    @Test
    void theSongShowsTitleArtistTimeProgressAndATileInTheMoodsColourWithoutCover() {
        NowPlaying track = new NowPlaying(Path.of("/media/usb/a.mp3"), "Here Comes the Sun", "The Beatles", null,
                Duration.ofSeconds(50), Duration.ofSeconds(200));
        ScreenModel.Song song = model.screen(decided().after(new AppEvent.TrackStarted(track))).song();
        assertEquals(new ScreenModel.Song("Here Comes the Sun", "The Beatles", "0:50 / 3:20", 0.25, null, "#12AB34", "H"), song);
    }

    @Test
    void aSongWithoutTagsIsNamedFromItsFileAndFolder() {
        NowPlaying demo = new NowPlaying(Path.of("/home/pi/.cache/moodbox/demo-music/sunny-steps.wav"), "sunny-steps", "", null,
                Duration.ZERO, Duration.ofSeconds(20));
        ScreenModel.Song song = model.screen(AppState.initial().after(new AppEvent.TrackStarted(demo))).song();
        assertEquals("Sunny Steps", song.title());
        assertEquals("Demo Music", song.artist());
        assertEquals(KioskViewModel.LOOKING, song.tileColour(), "no mood yet: the calm tile");
    }

    @Test
    void playPauseAndVolumeFollowTheState() {
        NowPlaying track = new NowPlaying(Path.of("/a.mp3"), "A", "B", null, Duration.ZERO, Duration.ofSeconds(20));
        assertEquals(new ScreenModel.Player(false, false, ""), model.screen(AppState.initial()).player());
        AppState playing = AppState.initial().after(new AppEvent.TrackStarted(track)).after(new AppEvent.VolumeChanged(40));
        assertEquals(new ScreenModel.Player(true, false, "40%"), model.screen(playing).player());
        assertEquals(new ScreenModel.Player(true, true, "40%"),
                model.screen(playing.after(new AppEvent.PlaybackPaused(true))).player());
    }

    @Test
    void theSetUpAddressAndPinShowUntilThePageIsUsedThenOnlyOnTheDetailsScreen() {
        AppState state = AppState.initial()
                .after(new AppEvent.WebReady(new WebAccess("http://192.168.1.20:8080/", "482193")));
        ScreenModel.Setup setup = new ScreenModel.Setup("http://192.168.1.20:8080/", "PIN 482193", "");
        assertEquals(setup, model.screen(state).setup());
        AppState used = state.after(new AppEvent.PageUsed());
        assertNull(model.screen(used).setup(), "after the first login the main view keeps the PIN off");
        assertEquals(setup, model.screen(used).details().setup());
        AppState locked = used.after(new AppEvent.LoginNotice("press the button to log in"));
        assertEquals(new ScreenModel.Setup("http://192.168.1.20:8080/", "PIN 482193", "press the button to log in"),
                model.screen(locked).setup(), "a login notice is shown on the main view even after use");
    }

    @Test
    void theStatusIsOneLineOfPlainWordsAndTheDetailsListEveryPart() {
        AppState state = AppState.initial()
                .after(new AppEvent.PartChanged(Part.CAMERA, PartStatus.simulated("synthetic faces")))
                .after(new AppEvent.PartChanged(Part.MODEL, PartStatus.ok("emotion-lite")))
                .after(new AppEvent.PartChanged(Part.LIBRARY, PartStatus.ok("412 songs on MUSIC")));
        ScreenModel screen = model.screen(state);
        assertEquals("412 songs on MUSIC · demo mode: simulated camera and LEDs", screen.status());
        assertEquals(Part.values().length, screen.details().statuses().size());
        assertEquals(new ScreenModel.StatusLine("Camera", "synthetic faces", "simulated"), screen.details().statuses().get(0));
        assertEquals(new ScreenModel.StatusLine("USB music", "412 songs on MUSIC", "ok"), screen.details().statuses().get(2));
    }

    @Test
    void somethingWrongIsSaidCalmlyOnTheStatusLineAndForHowLongInTheDetails() {
        AppState broken = AppState.initial()
                .after(new AppEvent.PartChanged(Part.CAMERA, PartStatus.failed("no camera found, retrying")));
        ScreenModel screen = model.screen(broken);
        assertEquals("Camera: no camera found, retrying — the rest keeps working", screen.status());
        assertTrue(screen.trouble());
        clock.advance(Duration.ofMinutes(4));
        AppState worse = broken.after(new AppEvent.PartChanged(Part.LIBRARY, PartStatus.failed("USB stick unreadable")));
        ScreenModel later = model.screen(worse);
        assertEquals("2 things need attention: Camera, USB music — see Details", later.status());
        assertEquals("no camera found, retrying (for 4 min)", later.details().statuses().get(0).text());
        assertEquals("USB stick unreadable", later.details().statuses().get(2).text());
        assertFalse(model.screen(AppState.initial()).trouble(), "recovered parts leave the status line");
        assertEquals("no camera found, retrying", model.screen(broken).details().statuses().get(0).text(),
                "a new failure starts a new count");
    }

    @ParameterizedTest
    @CsvSource({"sunny-steps,Sunny Steps", "night_drive,Night Drive", "01 - intro,01 Intro", "a--b,A B"})
    void fileNamesReadAsTitles(String name, String title) {
        assertEquals(title, KioskViewModel.fromFileName(name));
    }

    @Test
    void statusListsEveryPartInOrder() {
        assertEquals(List.of(Part.values()).stream().map(Part::label).toList(),
                model.screen(AppState.initial()).details().statuses().stream().map(ScreenModel.StatusLine::label).toList());
    }
}
