package moodbox.hardware;

import moodbox.state.AppEvent;
import moodbox.state.AppListener;
import moodbox.state.AppState;
import moodbox.state.LedPlan;

/** Keeps the mood LEDs showing the state's {@link LedPlan}: the mood, the looking pattern, or dark. */
public final class LightsFollower implements AppListener {
    private final MoodLights lights;
    private LedPlan shown;

    public LightsFollower(MoodLights lights) {
        this.lights = lights;
    }

    /** Shows the state again even if it did not change (after an LED test drew over it). */
    public synchronized void refresh(AppState state) {
        shown = null;
        on(null, state);
    }

    @Override
    public synchronized void on(AppEvent event, AppState state) {
        LedPlan plan = state.leds();
        if (plan.equals(shown)) {
            return;
        }
        shown = plan;
        if (plan.looking()) {
            lights.looking();
        } else if (state.mood() != null) {
            lights.show(state.mood().emotion());
        } else {
            lights.off();
        }
    }
}
