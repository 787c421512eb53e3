package moodbox.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import moodbox.config.SettingsStore;

/**
 * The box's live side: {@code GET /api/status}, {@code POST /api/test-leds}, {@code POST /api/rescan},
 * {@code GET /api/history?days=N} and {@code GET /api/logs} (a download with every PIN blanked out).
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
            ObjectNode body = Http.JSON.valueToTree(box.status());
            store.problem().ifPresent(problem -> body.put("settingsProblem", problem));
            Http.sendJson(ex, 200, body);
        });
        api.change("POST", "/api/test-leds", true, (ex, s) -> {
            box.testLeds();
            Http.sendJson(ex, 202, Http.ok());
        });
        api.change("POST", "/api/rescan", true, (ex, s) -> {
            box.rescan();
            Http.sendJson(ex, 202, Http.ok());
        });
        api.get("/api/history", (ex, s) -> Http.sendJson(ex, 200, history.summary(days(ex))));
        api.get("/api/logs", (ex, s) -> {
            String text = blankPins(box.recentLogs());
            ex.responseHeader("Content-Disposition",
                    "attachment; filename=\"moodbox-log-" + LocalDate.now(clock) + ".txt\"");
            ex.send(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        });
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
