package moodbox.state;

import java.time.Duration;
import moodbox.state.Press;

/**
 * Everything that can happen to the appliance. The state changes only by publishing one of these to the
 * {@link AppStateHolder}; {@link AppState#after} says what each does.
 */
public sealed interface AppEvent {
    /** A detection window ended with a decision. */
    record MoodDecided(MoodReading reading) implements AppEvent {
    }

    /** A detection window started (button press, start-up, or a periodic look). */
    record LookingStarted() implements AppEvent {
    }

    /** A detection window ended without a decision (e.g. no face seen); the previous mood stays. */
    record LookingEnded(String why) implements AppEvent {
    }

    record TrackStarted(NowPlaying track) implements AppEvent {
    }

    record TrackProgress(Duration position) implements AppEvent {
    }

    record TrackStopped() implements AppEvent {
    }

    record PartChanged(Part part, PartStatus status) implements AppEvent {
    }

    record WebReady(WebAccess access) implements AppEvent {
    }

    /** The settings page's word about logging in changed (see {@link WebAccess#loginNotice()}). */
    record LoginNotice(String notice) implements AppEvent {
    }

    /** The button was pressed; the engine's listeners decide what it does (re-detect, skip). */
    record ButtonPressed(Press press) implements AppEvent {
    }
}
