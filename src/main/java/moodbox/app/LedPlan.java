package moodbox.app;

import java.util.Set;
import moodbox.emotion.Emotion;

/** What the mood LEDs should show for a state: the decided mood's LED, the looking pattern, or nothing. */
public record LedPlan(Set<Emotion> on, boolean looking) {
    public static final LedPlan DARK = new LedPlan(Set.of(), false);
    public static final LedPlan LOOKING = new LedPlan(Set.of(), true);

    public static LedPlan of(AppState state) {
        if (state.looking()) {
            return LOOKING;
        }
        return state.mood() == null ? DARK : new LedPlan(Set.of(state.mood().emotion()), false);
    }
}
