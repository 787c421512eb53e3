package moodbox.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import moodbox.config.MoodColours;
import moodbox.config.RgbColor;
import moodbox.emotion.Emotion;
import moodbox.hardware.sim.SimLedBank;
import org.junit.jupiter.api.Test;

class MoodLightsTest {
    private final SimLedBank bank = new SimLedBank();
    private final List<String> problems = new ArrayList<>();
    private final MoodLights lights = new MoodLights(bank, problems::add);

    @Test
    void theRgbLedFollowsTheColoursFromTheSettings() {
        lights.setColours(java.util.Map.of(Emotion.HAPPY, RgbColor.parse("#0a0b0c")));
        lights.show(Emotion.HAPPY);
        assertEquals(new RgbColor(10, 11, 12), bank.rgb());
        lights.show(Emotion.FEAR);
        assertEquals(MoodColours.of(Emotion.FEAR), bank.rgb(), "moods not in the map keep the factory colour");
    }

    @Test
    void showLightsOnlyTheMoodLedInItsColour() {
        lights.show(Emotion.SAD);
        assertEquals(Set.of(Emotion.SAD), bank.lit());
        assertEquals(MoodColours.of(Emotion.SAD), bank.rgb());
        lights.off();
        assertEquals(Set.of(), bank.lit());
        assertEquals(RgbColor.OFF, bank.rgb());
    }

    @Test
    void lookingRunsThePatternUntilAMoodIsShown() throws Exception {
        List<Set<Emotion>> frames = new CopyOnWriteArrayList<>();
        bank.addListener((on, rgb) -> frames.add(on));
        lights.looking();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (new HashSet<>(frames).size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(new HashSet<>(frames).size() >= 3, "pattern should move, saw " + frames);
        lights.show(Emotion.HAPPY);
        Thread.sleep(3 * LookingPattern.STEP_MILLIS);
        assertEquals(Set.of(Emotion.HAPPY), bank.lit(), "pattern must stop once the mood is shown");
    }

    @Test
    void blinkTestNamesEachLedWhileItIsLitThenTurnsAllOff() throws Exception {
        List<String> seen = new ArrayList<>();
        lights.blinkTest(Duration.ofMillis(1), mood -> seen.add(mood.label() + "=" + bank.lit()));
        assertEquals(Emotion.COUNT, seen.size());
        assertEquals("Angry=[ANGRY]", seen.get(0));
        assertEquals("Neutral=[NEUTRAL]", seen.get(6));
        assertEquals(Set.of(), bank.lit());
    }

    @Test
    void closeLeavesEverythingOffAndReleasesTheBank() {
        lights.show(Emotion.ANGRY);
        lights.looking();
        lights.close();
        assertTrue(bank.isClosed());
        assertEquals(Set.of(), bank.lit());
        assertEquals(RgbColor.OFF, bank.rgb());
        lights.show(Emotion.FEAR);
        assertEquals(Set.of(), bank.lit(), "closed lights stay off");
    }

    @Test
    void aFailingBankIsReportedOnceAndDoesNotThrow() {
        LedBank broken = new LedBank() {
            @Override
            public void set(Set<Emotion> on, RgbColor rgb) {
                throw new IllegalStateException("pin 19 is busy");
            }

            @Override
            public void close() {
            }
        };
        MoodLights failing = new MoodLights(broken, problems::add);
        failing.show(Emotion.HAPPY);
        failing.show(Emotion.SAD);
        failing.close();
        assertEquals(List.of("mood LEDs failed: pin 19 is busy"), problems);
    }
}
