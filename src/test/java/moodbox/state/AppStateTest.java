package moodbox.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import moodbox.emotion.Emotion;
import moodbox.state.AppEvent.ButtonPressed;
import moodbox.state.AppEvent.LookingEnded;
import moodbox.state.AppEvent.LookingStarted;
import moodbox.state.AppEvent.MoodDecided;
import moodbox.state.AppEvent.PartChanged;
import moodbox.state.AppEvent.TrackProgress;
import moodbox.state.AppEvent.TrackStarted;
import moodbox.state.AppEvent.TrackStopped;
import moodbox.state.AppEvent.WebReady;
import org.junit.jupiter.api.Test;

class AppStateTest {
    private final AppState start = AppState.initial();

    @Test
    void initiallyNothingIsKnownAndEveryPartIsStarting() {
        assertNull(start.mood());
        assertNull(start.nowPlaying());
        assertNull(start.web());
        assertEquals(Part.values().length, start.parts().size());
        assertTrue(start.problems().isEmpty());
        assertEquals(LedPlan.DARK, start.leds());
    }

    @Test
    void lookingThenDecidingShowsThePatternThenTheMood() {
        AppState looking = start.after(new LookingStarted());
        assertEquals(LedPlan.LOOKING, looking.leds());
        AppState decided = looking.after(new MoodDecided(Fixtures.reading(Emotion.HAPPY, 0.8)));
        assertFalse(decided.looking());
        assertEquals(Emotion.HAPPY, decided.mood().emotion());
        assertEquals(new LedPlan(Set.of(Emotion.HAPPY), false), decided.leds());
        AppState lookingAgain = decided.after(new LookingStarted()).after(new LookingEnded(LookingEnded.Reason.NO_FACE));
        assertEquals(Emotion.HAPPY, lookingAgain.mood().emotion(), "an undecided window keeps the mood");
        assertFalse(lookingAgain.looking());
    }

    @Test
    void trackStartsProgressesAndStops() {
        AppState playing = start.after(new TrackStarted(Fixtures.track("Sunny")));
        AppState later = playing.after(new TrackProgress(Duration.ofSeconds(42)));
        assertEquals(Duration.ofSeconds(42), later.nowPlaying().position());
        assertEquals("Sunny", later.nowPlaying().title());
        assertNull(later.after(new TrackStopped()).nowPlaying());
        assertSame(start, start.after(new TrackProgress(Duration.ofSeconds(1))), "progress without a song is ignored");
    }

    @Test
    void failedPartsAreTheProblemsUntilTheyRecover() {
        AppState broken = start.after(new PartChanged(Part.CAMERA, PartStatus.failed("no camera on /dev/video0")))
                .after(new PartChanged(Part.LIBRARY, PartStatus.ok("412 songs")));
        assertEquals(Set.of(Part.CAMERA), broken.problems().keySet());
        assertEquals("412 songs", broken.status(Part.LIBRARY).detail());
        AppState fixed = broken.after(new PartChanged(Part.CAMERA, PartStatus.ok("USB camera 640x480")));
        assertTrue(fixed.problems().isEmpty());
    }

    @Test
    void webAccessAndButtonPresses() {
        AppState withWeb = start.after(new WebReady(new WebAccess("http://moodbox.local:8080/", "4821")));
        assertEquals("4821", withWeb.web().pin());
        assertSame(withWeb, withWeb.after(new ButtonPressed(Press.SHORT)), "a press alone changes no state");
    }
}
