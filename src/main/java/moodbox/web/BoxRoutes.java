package moodbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import moodbox.config.SettingsStore;

/**
 * The box's live side: {@code GET /api/status}, {@code POST /api/test-leds}, {@code POST /api/rescan},
 * the player's {@code POST /api/pause}, {@code /api/resume}, {@code /api/skip} and {@code /api/volume}
 * ({@code {"volume": 0..maximum}}), {@code GET /api/history?days=N} and {@code GET /api/logs} (a download
 * with every PIN blanked out). The player's routes answer with the status.
 */
final class BoxRoutes {
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<![0-9])[0-9]{6}(?![0-9])");
    private final BoxControl box;
    private final MoodHistory history;
    private final SettingsStore store;
    private final Clock clock;

    BoxRoutes(BoxControl box, MoodHistory history, SettingsStore store, Clock clock) {
        this.box = box;
        this.history = history;
        this.store = store;
        this.clock = clock;
    }

    void register(ApiHandler api) {
        api.get("/api/status", (ex, s) -> {
            sendStatus(ex);
        });
        api.change("POST", "/api/test-leds", true, (ex, s) -> {
            box.testLeds();
            Http.sendJson(ex, 202, Http.ok());
        });
        api.change("POST", "/api/rescan", true, (ex, s) -> {
            box.rescan();
            Http.sendJson(ex, 202, Http.ok());
        });
        api.change("POST", "/api/pause", true, (ex, s) -> {
            box.pause();
            sendStatus(ex);
        });
        api.change("POST", "/api/resume", true, (ex, s) -> {
            box.resume();
            sendStatus(ex);
        });
        api.change("POST", "/api/skip", true, (ex, s) -> {
            box.skip();
            sendStatus(ex);
        });
        api.change("POST", "/api/volume", true, (ex, s) -> {
            box.volume(volume(Http.readJson(ex), box.status().maxVolume()));
            sendStatus(ex);
        });
        api.get("/api/history", (ex, s) -> Http.sendJson(ex, 200, history.summary(days(ex))));
        api.get("/api/logs", (ex, s) -> {
            String text = blankPins(box.recentLogs());
            ex.responseHeader("Content-Disposition",
                    "attachment; filename=\"moodbox-log-" + LocalDate.now(clock) + ".txt\"");
            ex.send(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        });
    }

    private void sendStatus(Exchange ex) throws Exception {
        ObjectNode body = Http.JSON.valueToTree(box.status());
        store.problem().ifPresent(problem -> body.put("settingsProblem", problem));
        Http.sendJson(ex, 200, body);
    }

    /** The wanted volume: a whole number from 0 to the maximum volume setting. */
    private static int volume(JsonNode body, int max) {
        JsonNode v = body.get("volume");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            throw new HttpError(400, "The volume must be a whole number of percent from 0 to " + max, "volume");
        }
        if (v.intValue() > max) {
            throw new HttpError(400, "The volume can be at most " + max + " %: that is the maximum volume setting (under Volume)", "volume");
        }
        return v.intValue();
    }

    /**
     * Every PIN is exactly six digits, so blanking every free-standing run of six digits blanks each PIN the
     * box has ever had (the current one, earlier ones, ones from before this version) without keeping a list
     * of them. Other six-digit numbers in the log are blanked too.
     */
    static String blankPins(String log) {
        return SIX_DIGITS.matcher(log).replaceAll("******");
    }

    private static int days(Exchange ex) {
        String query = ex.query();
        if (query == null) {
            return 7;
        }
        if (!query.matches("days=\\d{1,2}")) {
            throw new HttpError(400, "days must be a whole number from 1 to 90", "days");
        }
        int days = Integer.parseInt(query.substring(5));
        if (days < 1 || days > 90) {
            throw new HttpError(400, "days must be a whole number from 1 to 90", "days");
        }
        return days;
    }
}
