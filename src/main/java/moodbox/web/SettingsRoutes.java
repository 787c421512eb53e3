package moodbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import moodbox.config.Settings;
import moodbox.config.SettingsJson;
import moodbox.config.SettingsStore;

/**
 * {@code GET /api/settings} (the settings without the PIN) and {@code PUT /api/settings} with the fields to
 * change: 200 with the new settings, or 400 naming the bad field with nothing saved, or 503 when the file
 * cannot be written (disk full, read-only; nothing changes). A new PIN logs out every other browser.
 */
final class SettingsRoutes {
    private final SettingsStore store;
    private final Sessions sessions;

    SettingsRoutes(SettingsStore store, Sessions sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    void register(ApiHandler api) {
        api.get("/api/settings", (ex, session) -> Http.sendJson(ex, 200, SettingsJson.toJson(store.current(), false)));
        api.change("PUT", "/api/settings", true, (ex, session) -> {
            JsonNode changes = Http.readJson(ex);
            String oldPin = store.current().web().pin();
            Settings saved;
            try {
                saved = store.update(changes);
            } catch (java.io.IOException e) {
                throw new HttpError(503, e.getMessage()); // disk full or read-only: said so, nothing changed
            }
            if (!saved.web().pin().equals(oldPin)) {
                sessions.endAllExcept(session);
            }
            Http.sendJson(ex, 200, SettingsJson.toJson(saved, false));
        });
    }
}
