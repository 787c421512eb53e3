package moodbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.state.AppEvent;
import moodbox.state.AppEvent.LookingEnded.Reason;
import moodbox.state.AppStateHolder;
import moodbox.state.MoodReading;
import moodbox.state.NowPlaying;
import moodbox.state.WebAccess;
import moodbox.testing.ManualClock;
import org.junit.jupiter.api.Test;

/** The lines a person reads at the terminal, fed the events a demo run produces. */
class TerminalReportTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private List<String> run(boolean revealPin) {
        AppStateHolder holder = new AppStateHolder();
        holder.addListener(new TerminalReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock, revealPin));
        holder.publish(new AppEvent.WebReady(new WebAccess("http://192.168.1.20:8080/", "482193")));
        holder.publish(new AppEvent.LookingStarted());
        holder.publish(new AppEvent.LookingEnded(Reason.NO_FACE));
        holder.publish(new AppEvent.LookingStarted());
        holder.publish(new AppEvent.LookingEnded(Reason.NO_FACE));
        holder.publish(new AppEvent.MoodDecided(reading(Emotion.HAPPY, 0.82)));
        holder.publish(new AppEvent.TrackStarted(new NowPlaying(Path.of("/cache/demo-music/sunny-steps.wav"), "sunny-steps",
                "", null, Duration.ZERO, Duration.ofSeconds(20))));
        holder.publish(new AppEvent.TrackProgress(Duration.ofSeconds(3)));
        holder.publish(new AppEvent.MoodDecided(reading(Emotion.HAPPY, 0.7)));
        holder.publish(new AppEvent.LookingEnded(Reason.NOT_SURE));
        return bytes.toString(StandardCharsets.UTF_8).lines().map(l -> l.replaceFirst("^\\d\\d:\\d\\d:\\d\\d  ", "")).toList();
    }

    private static MoodReading reading(Emotion emotion, double p) {
        return new MoodReading(emotion, p, new EmotionScores(new float[] {0, 0, 0, (float) p, 0, 0, (float) (1 - p)}),
                Instant.parse("2024-05-01T12:00:00Z"), java.util.List.of());
    }

    @Test
    void aDemoPrintsTheAddressAndPinThenOneLinePerMoodAndSong() {
        assertEquals(List.of(
                "Set-up page: http://192.168.1.20:8080/ · PIN 482193",
                "No mood: no face seen",
                "Mood: Happy, 82% sure · picking a song for it",
                "Playing \"Sunny Steps\" for Happy",
                "Mood: Happy, 70% sure · still playing \"Sunny Steps\"",
                "No mood: not sure: no mood stood out (the last mood stays Happy)"), run(true));
    }

    @Test
    void aRealBoxKeepsThePinOffTheTerminal() {
        assertEquals("Set-up page: http://192.168.1.20:8080/ · the PIN is on the box's screen (or: moodbox settings --get pin)",
                run(false).get(0));
    }
}
