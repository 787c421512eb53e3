package moodbox.app;

/** A view of the appliance: hears every event with the state it led to. Must be quick and not block. */
@FunctionalInterface
public interface AppListener {
    void on(AppEvent event, AppState state);
}
