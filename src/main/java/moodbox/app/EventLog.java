package moodbox.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import moodbox.emotion.Emotion;
import moodbox.state.AppEvent.ButtonPressed;
import moodbox.state.AppEvent.LookingEnded;
import moodbox.state.AppEvent.MoodDecided;
import moodbox.state.AppEvent.PartChanged;
import moodbox.state.AppEvent.TrackStarted;
import moodbox.state.AppEvent.TrackStopped;
import moodbox.state.AppEvent.WebReady;
import moodbox.state.AppEvent;
import moodbox.state.AppListener;
import moodbox.state.AppState;
import moodbox.state.LedPlan;

/**
 * The {@code --events} output: one JSON object per line for each thing that happens, each with a
 * {@code type} and a {@code time}: {@code mood} (emotion, confidence, scores), {@code looking},
 * {@code track} (path, title, artist, positionMs: where the song starts, above 0 when a song resumes), {@code stopped}, {@code leds} (on, pattern), {@code button} (press),
 * {@code camera} / {@code model} / {@code library} / {@code player} / {@code gpio} / {@code web} (status,
 * detail), {@code error} (part, message), {@code web} (url; pin only in simulate mode). Progress is not logged.
 */
public final class EventLog implements AppListener {
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out;
    private final Clock clock;
    private final boolean revealPin;
    private LedPlan lastLeds = LedPlan.DARK;

    /** {@code revealPin}: write the set-up PIN into the log (simulate mode only; on a real box it stays on screen). */
    public EventLog(PrintStream out, Clock clock, boolean revealPin) {
        this.out = out;
        this.clock = clock;
        this.revealPin = revealPin;
    }

    @Override
    public synchronized void on(AppEvent event, AppState state) {
        if (event instanceof MoodDecided decided) {
            ObjectNode line = line("mood");
            line.put("emotion", decided.reading().emotion().label());
            line.put("confidence", Math.round(decided.reading().confidence() * 1000) / 1000.0);
            ObjectNode scores = line.putObject("scores");
            decided.reading().scores().asLabelMap().forEach((label, p) -> scores.put(label, Math.round(p * 1000) / 1000.0));
            write(line);
        } else if (event instanceof AppEvent.LookingStarted) {
            write(line("looking"));
        } else if (event instanceof LookingEnded ended) {
            write(line("looking-ended").put("why", ended.why()));
        } else if (event instanceof TrackStarted started) {
            write(line("track").put("path", started.track().path().toString())
                    .put("title", started.track().title()).put("artist", started.track().artist())
                    .put("positionMs", started.track().position().toMillis()));
        } else if (event instanceof TrackStopped) {
            write(line("stopped"));
        } else if (event instanceof ButtonPressed pressed) {
            write(line("button").put("press", pressed.press().word()));
        } else if (event instanceof WebReady ready) {
            ObjectNode line = line("web").put("url", ready.access().url());
            if (revealPin) {
                line.put("pin", ready.access().pin());
            }
            write(line);
        } else if (event instanceof AppEvent.LoginNotice notice) {
            write(line("login").put("notice", notice.notice()));
        } else if (event instanceof PartChanged changed) {
            write(line(changed.part().word()).put("status", changed.status().health().word()).put("detail", changed.status().detail()));
            if (changed.status().failed()) {
                write(line("error").put("part", changed.part().word()).put("message", changed.status().detail()));
            }
        }
        LedPlan leds = state.leds();
        if (!leds.equals(lastLeds)) {
            lastLeds = leds;
            ObjectNode line = line("leds");
            ArrayNode on = line.putArray("on");
            for (Emotion e : Emotion.values()) {
                if (leds.on().contains(e)) {
                    on.add(e.label());
                }
            }
            line.put("pattern", leds.looking() ? "looking" : leds.on().isEmpty() ? "off" : "mood");
            write(line);
        }
    }

    private ObjectNode line(String type) {
        ObjectNode line = json.createObjectNode();
        line.put("type", type);
        line.put("time", clock.instant().toString());
        return line;
    }

    private void write(ObjectNode line) {
        out.println(line.toString());
        out.flush();
    }
}
