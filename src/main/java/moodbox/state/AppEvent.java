package moodbox.state;

import java.time.Duration;

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

    /**
     * A detection window ended without a decision; the previous mood stays in the state, but the screen says
     * what happened instead of showing it as current.
     */
    record LookingEnded(Reason reason) implements AppEvent {
        /** The plain words of the reason, as the event log writes them. */
        public String why() {
            return reason.why();
        }

        /** Why a look ended without a mood. */
        public enum Reason {
            NO_FACE("no face seen"),
            NOT_SURE("not sure: no mood stood out"),
            NO_PICTURE("no picture from the camera"),
            NO_MODEL("the emotion model is not available");

            private final String why;

            Reason(String why) {
                this.why = why;
            }

            public String why() {
                return why;
            }
        }
    }

    record TrackStarted(NowPlaying track) implements AppEvent {
    }

    record TrackProgress(Duration position) implements AppEvent {
    }

    record TrackStopped() implements AppEvent {
    }

    /** The song was paused ({@code true}) or plays on ({@code false}), from the screen or the page. */
    record PlaybackPaused(boolean paused) implements AppEvent {
    }

    /** The volume now in force, in percent (after a change from the screen or the page, and at start). */
    record VolumeChanged(int percent) implements AppEvent {
    }

    /** Someone logged in to the set-up page: the screen stops showing its address and PIN on the main view. */
    record PageUsed() implements AppEvent {
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
