package moodbox.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.state.AppEvent;
import moodbox.state.AppEvent.ButtonPressed;
import moodbox.state.AppEvent.LookingStarted;
import moodbox.state.AppEvent.MoodDecided;
import moodbox.state.AppEvent.PartChanged;
import moodbox.state.AppEvent.TrackProgress;
import moodbox.state.AppEvent.TrackStarted;
import moodbox.state.AppEvent.WebReady;
import moodbox.state.AppStateHolder;
import moodbox.state.Fixtures;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.state.Press;
import moodbox.state.WebAccess;
import org.junit.jupiter.api.Test;

class EventLogTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

    private List<JsonNode> run(boolean revealPin, AppEvent... events) throws Exception {
        AppStateHolder holder = new AppStateHolder();
        holder.addListener(new EventLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock, revealPin));
        for (AppEvent event : events) {
            holder.publish(event);
        }
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    private static String types(List<JsonNode> lines) {
        List<String> types = new ArrayList<>();
        lines.forEach(line -> types.add(line.get("type").asText()));
        return String.join(" ", types);
    }

    @Test
    void aDetectionRoundWritesOneLinePerThingThatHappened() throws Exception {
        List<JsonNode> lines = run(false,
                new ButtonPressed(Press.SHORT),
                new LookingStarted(),
                new MoodDecided(Fixtures.reading(Emotion.HAPPY, 0.8123)),
                new TrackStarted(Fixtures.track("Sunny").at(java.time.Duration.ofMillis(42_500))),
                new TrackProgress(java.time.Duration.ofSeconds(3)),
                new ButtonPressed(Press.LONG));
        assertEquals("button looking leds mood leds track button", types(lines));
        assertEquals("short", lines.get(0).get("press").asText());
        assertEquals("looking", lines.get(2).get("pattern").asText());
        assertEquals("Happy", lines.get(3).get("emotion").asText());
        assertEquals(0.812, lines.get(3).get("confidence").asDouble());
        assertEquals(7, lines.get(3).get("scores").size());
        assertEquals("[\"Happy\"]", lines.get(4).get("on").toString());
        assertEquals("/media/usb/Sunny.mp3", lines.get(5).get("path").asText());
        assertEquals(42_500, lines.get(5).get("positionMs").asLong(), "where the song starts (a resumed song)");
        assertEquals("long", lines.get(6).get("press").asText());
        assertEquals("2024-05-01T12:00:00Z", lines.get(0).get("time").asText());
    }

    @Test
    void theSameMoodDecidedTwiceIsTwoMoodLinesButOneLedChange() throws Exception {
        List<JsonNode> lines = run(false,
                new MoodDecided(Fixtures.reading(Emotion.SAD, 0.6)),
                new MoodDecided(Fixtures.reading(Emotion.SAD, 0.7)));
        assertEquals("mood leds mood", types(lines));
    }

    @Test
    void aFailedPartIsAlsoAnError() throws Exception {
        List<JsonNode> lines = run(false,
                new PartChanged(Part.CAMERA, PartStatus.failed("no camera on /dev/video0")),
                new PartChanged(Part.LIBRARY, PartStatus.ok("412 songs")));
        assertEquals("camera error library", types(lines));
        assertEquals("failed", lines.get(0).get("status").asText());
        assertEquals("camera", lines.get(1).get("part").asText());
        assertEquals("no camera on /dev/video0", lines.get(1).get("message").asText());
    }

    @Test
    void thePinIsWrittenOnlyInSimulateMode() throws Exception {
        WebAccess access = new WebAccess("http://127.0.0.1:8080/", "4821");
        JsonNode hidden = run(false, new WebReady(access)).get(0);
        assertEquals("http://127.0.0.1:8080/", hidden.get("url").asText());
        assertFalse(hidden.has("pin"));
        bytes.reset();
        assertEquals("4821", run(true, new WebReady(access)).get(0).get("pin").asText());
    }
}
