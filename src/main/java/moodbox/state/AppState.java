package moodbox.state;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import moodbox.state.AppEvent.ButtonPressed;
import moodbox.state.AppEvent.LoginNotice;
import moodbox.state.AppEvent.LookingEnded;
import moodbox.state.AppEvent.LookingEnded.Reason;
import moodbox.state.AppEvent.LookingStarted;
import moodbox.state.AppEvent.MoodDecided;
import moodbox.state.AppEvent.PageUsed;
import moodbox.state.AppEvent.PartChanged;
import moodbox.state.AppEvent.PlaybackPaused;
import moodbox.state.AppEvent.TrackProgress;
import moodbox.state.AppEvent.TrackStarted;
import moodbox.state.AppEvent.TrackStopped;
import moodbox.state.AppEvent.VolumeChanged;
import moodbox.state.AppEvent.WebReady;

/**
 * One immutable snapshot of the whole appliance: the decided mood (or {@code null} before the first
 * decision), whether a detection window runs, why the latest look ended without a mood ({@code null} when it
 * decided one, or while none has ended), the song playing (or {@code null}) and whether it is paused, the
 * volume in percent (-1 until the music side has said), every part's health and the set-up page's address
 * (or {@code null}). Screen, LEDs, web page and event log are views of it.
 */
public record AppState(MoodReading mood, boolean looking, Reason undecided, NowPlaying nowPlaying, boolean paused,
                       int volume, Map<Part, PartStatus> parts, WebAccess web) {

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
        return new AppState(null, false, null, null, false, -1, parts, null);
    }

    /** The state after an event; the only way a state changes. */
    public AppState after(AppEvent event) {
        if (event instanceof MoodDecided decided) {
            return new AppState(decided.reading(), false, null, nowPlaying, paused, volume, parts, web);
        } else if (event instanceof LookingStarted) {
            return new AppState(mood, true, null, nowPlaying, paused, volume, parts, web);
        } else if (event instanceof LookingEnded ended) {
            return new AppState(mood, false, ended.reason(), nowPlaying, paused, volume, parts, web);
        } else if (event instanceof TrackStarted started) {
            return new AppState(mood, looking, undecided, started.track(), false, volume, parts, web);
        } else if (event instanceof TrackProgress progress) {
            return nowPlaying == null ? this
                    : new AppState(mood, looking, undecided, nowPlaying.at(progress.position()), paused, volume, parts, web);
        } else if (event instanceof TrackStopped) {
            return new AppState(mood, looking, undecided, null, false, volume, parts, web);
        } else if (event instanceof PlaybackPaused pause) {
            return new AppState(mood, looking, undecided, nowPlaying, pause.paused() && nowPlaying != null, volume, parts, web);
        } else if (event instanceof VolumeChanged changed) {
            return new AppState(mood, looking, undecided, nowPlaying, paused, changed.percent(), parts, web);
        } else if (event instanceof PartChanged changed) {
            Map<Part, PartStatus> next = new EnumMap<>(parts);
            next.put(changed.part(), changed.status());
            return new AppState(mood, looking, undecided, nowPlaying, paused, volume, next, web);
        } else if (event instanceof WebReady ready) {
            return new AppState(mood, looking, undecided, nowPlaying, paused, volume, parts, ready.access());
        } else if (event instanceof LoginNotice notice) {
            return web == null ? this
                    : new AppState(mood, looking, undecided, nowPlaying, paused, volume, parts, web.withLoginNotice(notice.notice()));
        } else if (event instanceof PageUsed) {
            return web == null ? this : new AppState(mood, looking, undecided, nowPlaying, paused, volume, parts, web.asUsed());
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
