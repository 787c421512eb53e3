package moodbox.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import moodbox.emotion.Emotion;
import moodbox.config.MoodColours;
import moodbox.config.RgbColor;
import moodbox.state.AppEvent.LookingEnded.Reason;
import moodbox.state.AppState;
import moodbox.state.MoodReading;
import moodbox.state.NowPlaying;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.state.WebAccess;

/**
 * Turns the application state into what the kiosk screen says ({@link ScreenModel}). Plain Java, no
 * toolkit: all wording, rounding and time arithmetic live here and are tested with a fixed clock. The mood is
 * shown as current only when the latest look decided it: while looking, and after a look that found no face
 * or no clear mood, the screen says so and names the earlier mood as earlier. Mood colours are the
 * {@code moodColours} setting (the LEDs use the same). It remembers since when each part has been failing,
 * so the details can say "for 3 min".
 */
public final class KioskViewModel {
    static final String CALM = "#AEB8C0";
    static final String LOOKING = "#7FA7C9";
    private static final List<Part> MAIN_PARTS = List.of(Part.CAMERA, Part.MODEL, Part.LIBRARY);

    private final Clock clock;
    private final Map<Part, Instant> failingSince = new EnumMap<>(Part.class);
    private Map<Emotion, RgbColor> colours;

    /** {@code colours}: each mood's colour, as the settings have them ({@link MoodColours#fromSettings}). */
    public KioskViewModel(Clock clock, Map<Emotion, RgbColor> colours) {
        this.clock = clock;
        this.colours = Map.copyOf(colours);
    }

    /** New mood colours (the {@code moodColours} setting changed). */
    public synchronized void colours(Map<Emotion, RgbColor> newColours) {
        colours = Map.copyOf(newColours);
    }

    public synchronized ScreenModel screen(AppState state) {
        Instant now = clock.instant();
        ScreenModel.Mood mood = mood(state, now);
        WebAccess web = state.web();
        ScreenModel.Setup setup = web == null ? null : new ScreenModel.Setup(web.url(),
                web.pin().isEmpty() ? "" : "PIN " + web.pin(), web.loginNotice());
        boolean setupOnMain = setup != null && (!web.used() || !web.loginNotice().isEmpty());
        List<ScreenModel.StatusLine> statuses = statuses(state, now);
        return new ScreenModel(mood, song(state), player(state), status(state), !state.problems().isEmpty(),
                setupOnMain ? setup : null, new ScreenModel.Details(bars(state, mood), barsTitle(state, mood), statuses, setup));
    }

    private ScreenModel.Mood mood(AppState state, Instant now) {
        MoodReading reading = state.mood();
        String earlier = reading == null ? "" : "Last mood: " + reading.emotion().label() + ", " + ago(reading.decidedAt(), now);
        if (state.looking()) {
            return new ScreenModel.Mood(ScreenModel.Look.LOOKING, "Looking…", "Look at the camera for a moment", earlier, LOOKING);
        }
        if (state.undecided() != null) {
            return undecided(state.undecided(), earlier);
        }
        if (reading == null) {
            return new ScreenModel.Mood(ScreenModel.Look.HELLO, "Hello", "Tap here or press the button, then look at the camera",
                    "", CALM);
        }
        return new ScreenModel.Mood(ScreenModel.Look.DECIDED, reading.emotion().label(),
                percent(reading.confidence()) + " sure · " + ago(reading.decidedAt(), now), "", colour(reading.emotion()));
    }

    private static ScreenModel.Mood undecided(Reason reason, String earlier) {
        return switch (reason) {
            case NO_FACE -> new ScreenModel.Mood(ScreenModel.Look.NO_FACE, "No face",
                    "Nobody seen · tap to look again", earlier, CALM);
            case NOT_SURE -> new ScreenModel.Mood(ScreenModel.Look.NOT_SURE, "Not sure",
                    "No clear mood · tap to look again", earlier, CALM);
            case NO_PICTURE -> new ScreenModel.Mood(ScreenModel.Look.NO_PICTURE, "No picture",
                    "Camera sent nothing · tap to retry", earlier, CALM);
            case NO_MODEL -> new ScreenModel.Mood(ScreenModel.Look.NO_MODEL, "Can't tell",
                    "The emotion model is not available", earlier, CALM);
        };
    }

    private String colour(Emotion emotion) {
        RgbColor colour = colours.get(emotion);
        return colour == null ? MoodColours.of(emotion).hex() : colour.hex();
    }

    private static List<ScreenModel.Bar> bars(AppState state, ScreenModel.Mood mood) {
        boolean current = mood.look() == ScreenModel.Look.DECIDED;
        List<ScreenModel.Bar> bars = new ArrayList<>();
        for (Emotion e : Emotion.values()) {
            double p = current ? state.mood().scores().probability(e) : 0;
            bars.add(new ScreenModel.Bar(e.label(), p, current ? percent(p) : "", current && state.mood().emotion() == e));
        }
        return bars;
    }

    private static String barsTitle(AppState state, ScreenModel.Mood mood) {
        return switch (mood.look()) {
            case DECIDED -> mood.word() + ", " + mood.line();
            case LOOKING -> "Looking… the scores appear when the look ends";
            case HELLO -> "No look yet";
            default -> "No scores: " + state.undecided().why();
        };
    }

    private ScreenModel.Song song(AppState state) {
        NowPlaying track = state.nowPlaying();
        if (track == null) {
            return null;
        }
        double progress = track.length().isZero() ? 0
                : Math.min(1, (double) track.position().toMillis() / track.length().toMillis());
        String time = track.length().isZero() ? clock(track.position())
                : clock(track.position()) + " / " + clock(track.length());
        String title = title(track);
        String artist = !track.artist().isBlank() ? track.artist()
                : track.path().getParent() == null || track.path().getParent().getFileName() == null ? ""
                : fromFileName(track.path().getParent().getFileName().toString());
        String tile = state.mood() == null ? LOOKING : colour(state.mood().emotion());
        String letter = title.isEmpty() ? "♪" : title.substring(0, title.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
        return new ScreenModel.Song(title, artist, time, progress, track.cover(), tile, letter);
    }

    /** The tagged title; a file name standing in for a title ("sunny-steps") reads as one ("Sunny Steps"). */
    static String title(NowPlaying track) {
        Path name = track.path().getFileName();
        String stem = name == null ? "" : name.toString().replaceFirst("\\.[^.]+$", "");
        return track.title().isBlank() || track.title().equals(stem) ? fromFileName(stem) : track.title();
    }

    static String fromFileName(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.replaceAll("[-_]+", " ").trim().split("\\s+")) {
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static ScreenModel.Player player(AppState state) {
        return new ScreenModel.Player(state.nowPlaying() != null, state.paused(),
                state.volume() < 0 ? "" : state.volume() + "%");
    }

    /** One line of plain words: what needs attention, what is still starting, or what the box has to play. */
    private static String status(AppState state) {
        Map<Part, PartStatus> problems = state.problems();
        if (problems.size() == 1) {
            Map.Entry<Part, PartStatus> only = problems.entrySet().iterator().next();
            return only.getKey().label() + ": " + only.getValue().detail() + " — the rest keeps working";
        }
        if (problems.size() > 1) {
            return problems.size() + " things need attention: "
                    + String.join(", ", problems.keySet().stream().map(Part::label).toList()) + " — see Details";
        }
        List<String> starting = MAIN_PARTS.stream()
                .filter(p -> state.status(p).health() == PartStatus.Health.STARTING).map(Part::label).toList();
        if (!starting.isEmpty()) {
            return "Starting: " + String.join(", ", starting);
        }
        boolean simulated = state.parts().values().stream().anyMatch(s -> s.health() == PartStatus.Health.SIMULATED);
        return state.status(Part.LIBRARY).detail() + (simulated ? " · demo mode: simulated camera and LEDs" : "");
    }

    private List<ScreenModel.StatusLine> statuses(AppState state, Instant now) {
        failingSince.keySet().retainAll(state.problems().keySet());
        List<ScreenModel.StatusLine> lines = new ArrayList<>();
        for (Part part : Part.values()) {
            PartStatus status = state.status(part);
            String text = status.detail();
            if (status.failed()) {
                Duration how = Duration.between(failingSince.computeIfAbsent(part, p -> now), now);
                text += how.toMinutes() < 1 ? "" : " (for " + minutes(how) + ")";
            }
            lines.add(new ScreenModel.StatusLine(part.label(), text, status.health().word()));
        }
        return lines;
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
