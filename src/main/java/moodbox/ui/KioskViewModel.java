package moodbox.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import moodbox.config.MoodColours;
import moodbox.emotion.Emotion;
import moodbox.state.AppState;
import moodbox.state.MoodReading;
import moodbox.state.NowPlaying;
import moodbox.state.Part;
import moodbox.state.PartStatus;

/**
 * Turns the application state into what the kiosk screen says ({@link ScreenModel}). Plain Java, no
 * toolkit: all wording, rounding and time arithmetic live here and are tested with a fixed clock. It
 * remembers since when each part has been failing, so the error view can say "for 3 min".
 */
public final class KioskViewModel {
    static final String CALM_ACCENT = "#7FA7C9";
    private static final List<Part> STATUS_PARTS = List.of(Part.CAMERA, Part.MODEL, Part.LIBRARY);

    private final Clock clock;
    private final Map<Part, Instant> failingSince = new EnumMap<>(Part.class);

    public KioskViewModel(Clock clock) {
        this.clock = clock;
    }

    public synchronized ScreenModel screen(AppState state) {
        Instant now = clock.instant();
        MoodReading reading = state.mood();
        String mood;
        String line;
        if (state.looking()) {
            mood = "Looking…";
            line = "Look at the camera for a moment";
        } else if (reading == null) {
            mood = "Hello";
            line = "Press the button and look at the camera";
        } else {
            mood = reading.emotion().label();
            line = percent(reading.confidence()) + " sure · " + ago(reading.decidedAt(), now);
        }
        String accent = reading == null || state.looking() ? CALM_ACCENT : MoodColours.of(reading.emotion()).hex();
        return new ScreenModel(mood, line, accent, bars(reading), song(state.nowPlaying()), statuses(state),
                web(state), state.web() == null ? "" : "PIN " + state.web().pin(), problem(state, now));
    }

    private static List<ScreenModel.Bar> bars(MoodReading reading) {
        List<ScreenModel.Bar> bars = new ArrayList<>();
        for (Emotion e : Emotion.values()) {
            double p = reading == null ? 0 : reading.scores().probability(e);
            bars.add(new ScreenModel.Bar(e.label(), p, percent(p), reading != null && reading.emotion() == e));
        }
        return bars;
    }

    private static ScreenModel.Song song(NowPlaying track) {
        if (track == null) {
            return null;
        }
        double progress = track.length().isZero() ? 0
                : Math.min(1, (double) track.position().toMillis() / track.length().toMillis());
        String time = track.length().isZero() ? clock(track.position())
                : clock(track.position()) + " / " + clock(track.length());
        String artist = track.artist().isBlank() ? "Unknown artist" : track.artist();
        return new ScreenModel.Song(track.title(), artist, time, progress, track.cover());
    }

    private static List<ScreenModel.StatusLine> statuses(AppState state) {
        List<ScreenModel.StatusLine> lines = new ArrayList<>();
        for (Part part : STATUS_PARTS) {
            PartStatus status = state.status(part);
            lines.add(new ScreenModel.StatusLine(part.label(), status.detail(), status.health().word()));
        }
        return lines;
    }

    private static String web(AppState state) {
        if (state.web() == null) {
            return "Set-up page starting…";
        }
        String notice = state.web().loginNotice();
        return "Set up at " + state.web().url() + (notice.isEmpty() ? "" : " — " + notice);
    }

    private ScreenModel.Problem problem(AppState state, Instant now) {
        Map<Part, PartStatus> problems = state.problems();
        failingSince.keySet().retainAll(problems.keySet());
        if (problems.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        problems.forEach((part, status) -> {
            Instant since = failingSince.computeIfAbsent(part, p -> now);
            Duration how = Duration.between(since, now);
            String forHow = how.toMinutes() < 1 ? "" : " (for " + minutes(how) + ")";
            lines.add(part.label() + ": " + status.detail() + forHow);
        });
        String headline = lines.size() == 1 ? "One thing needs attention" : lines.size() + " things need attention";
        return new ScreenModel.Problem(headline + " — the rest keeps working", lines);
    }

    static String percent(double p) {
        return Math.round(p * 100) + "%";
    }

    static String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.getSeconds() < 10) {
            return "just now";
        }
        if (d.toMinutes() < 1) {
            return d.getSeconds() + " s ago";
        }
        return minutes(d) + " ago";
    }

    private static String minutes(Duration d) {
        return d.toHours() >= 1 ? d.toHours() + " h" : d.toMinutes() + " min";
    }

    static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
