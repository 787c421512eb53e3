package moodbox.state;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import moodbox.state.AppEvent.ButtonPressed;
import moodbox.state.AppEvent.LoginNotice;
import moodbox.state.AppEvent.LookingEnded;
import moodbox.state.AppEvent.LookingStarted;
import moodbox.state.AppEvent.MoodDecided;
import moodbox.state.AppEvent.PartChanged;
import moodbox.state.AppEvent.TrackProgress;
import moodbox.state.AppEvent.TrackStarted;
import moodbox.state.AppEvent.TrackStopped;
import moodbox.state.AppEvent.WebReady;

/**
 * One immutable snapshot of the whole appliance: the decided mood (or {@code null} before the first
 * decision), whether a detection window runs, the song playing (or {@code null}), every part's health and
 * the set-up page's address (or {@code null}). Screen, LEDs, web page and event log are views of it.
 */
public record AppState(MoodReading mood, boolean looking, NowPlaying nowPlaying, Map<Part, PartStatus> parts,
                       WebAccess web) {

    public AppState {
        EnumMap<Part, PartStatus> copy = new EnumMap<>(Part.class);
        copy.putAll(parts);
        parts = Collections.unmodifiableMap(copy);
    }

    /** Before anything started: no mood, nothing playing, every part starting. */
    public static AppState initial() {
        Map<Part, PartStatus> parts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            parts.put(part, new PartStatus(PartStatus.Health.STARTING, "starting"));
        }
        return new AppState(null, false, null, parts, null);
    }

    /** The state after an event; the only way a state changes. */
    public AppState after(AppEvent event) {
        if (event instanceof MoodDecided decided) {
            return new AppState(decided.reading(), false, nowPlaying, parts, web);
        } else if (event instanceof LookingStarted) {
            return new AppState(mood, true, nowPlaying, parts, web);
        } else if (event instanceof LookingEnded) {
            return new AppState(mood, false, nowPlaying, parts, web);
        } else if (event instanceof TrackStarted started) {
            return new AppState(mood, looking, started.track(), parts, web);
        } else if (event instanceof TrackProgress progress) {
            return nowPlaying == null ? this
                    : new AppState(mood, looking, nowPlaying.at(progress.position()), parts, web);
        } else if (event instanceof TrackStopped) {
            return new AppState(mood, looking, null, parts, web);
        } else if (event instanceof PartChanged changed) {
            Map<Part, PartStatus> next = new EnumMap<>(parts);
            next.put(changed.part(), changed.status());
            return new AppState(mood, looking, nowPlaying, next, web);
        } else if (event instanceof WebReady ready) {
            return new AppState(mood, looking, nowPlaying, parts, ready.access());
        } else if (event instanceof LoginNotice notice) {
            return web == null ? this : new AppState(mood, looking, nowPlaying, parts, web.withLoginNotice(notice.notice()));
        } else if (event instanceof ButtonPressed) {
            return this;
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    public PartStatus status(Part part) {
        return parts.get(part);
    }

    /** The parts that are failing, in {@link Part} order (the screen's error view lists these). */
    public Map<Part, PartStatus> problems() {
        Map<Part, PartStatus> failing = new EnumMap<>(Part.class);
        parts.forEach((part, status) -> {
            if (status.failed()) {
                failing.put(part, status);
            }
        });
        return Collections.unmodifiableMap(failing);
    }

    public LedPlan leds() {
        return LedPlan.of(this);
    }
}
