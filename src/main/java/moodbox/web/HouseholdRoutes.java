package moodbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.NoSuchElementException;
import moodbox.emotion.Emotion;
import moodbox.household.DecidedLook;
import moodbox.household.PersonalModelStatus;

/**
 * "Was the mood right?", for the logged-in owner only (every route needs a session; changes need JSON from the
 * page's own origin): {@code GET /api/looks} (the last looks with their face thumbnails),
 * {@code POST /api/looks/correct} ({@code {"look": id, "emotion": "Sad"}}), {@code POST /api/corrections/forget},
 * {@code GET /api/personal-model} and {@code POST /api/personal-model/shipped}.
 */
final class HouseholdRoutes {
    private final BoxControl box;

    HouseholdRoutes(BoxControl box) {
        this.box = box;
    }

    void register(ApiHandler api) {
        api.get("/api/looks", (ex, s) -> {
            ObjectNode body = Http.JSON.createObjectNode();
            ArrayNode looks = body.putArray("looks");
            for (DecidedLook look : box.recentLooks()) {
                ObjectNode l = looks.addObject();
                l.put("id", look.id());
                l.put("decidedAt", look.decidedAt().toString());
                l.put("shown", look.shown().label());
                l.put("corrected", look.corrected().map(Emotion::label).orElse(null));
                ArrayNode faces = l.putArray("faces");
                look.faces().forEach(f -> faces.add(FacePng.dataUrl(f)));
            }
            ArrayNode emotions = body.putArray("emotions");
            for (Emotion e : Emotion.values()) {
                emotions.add(e.label());
            }
            Http.sendJson(ex, 200, body);
        });
        api.change("POST", "/api/looks/correct", true, (ex, s) -> {
            JsonNode body = Http.readJson(ex);
            String look = body.path("look").asText("");
            if (look.isEmpty()) {
                throw new HttpError(400, "say which look was wrong: \"look\" is the id of one of the looks shown", "look");
            }
            Emotion emotion;
            try {
                emotion = Emotion.fromLabel(body.path("emotion").asText(""));
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, e.getMessage(), "emotion");
            }
            try {
                box.correct(look, emotion);
            } catch (NoSuchElementException e) {
                throw new HttpError(404, e.getMessage(), "look");
            }
            Http.sendJson(ex, 200, Http.ok());
        });
        api.change("POST", "/api/corrections/forget", true, (ex, s) -> {
            ObjectNode body = Http.ok();
            body.put("forgotten", box.forgetCorrections());
            Http.sendJson(ex, 200, body);
        });
        api.get("/api/personal-model", (ex, s) -> Http.sendJson(ex, 200, json(box.personalModel())));
        api.change("POST", "/api/personal-model/shipped", true, (ex, s) -> {
            box.backToShippedModel();
            Http.sendJson(ex, 200, Http.ok());
        });
    }

    private static ObjectNode json(PersonalModelStatus status) {
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("model", status.personalActive() ? "personal" : "shipped");
        o.put("storedLooks", status.storedLooks());
        o.put("newCorrections", status.newCorrections());
        o.put("adaptAfter", status.adaptAfter());
        o.put("adapting", status.adapting());
        status.lastOutcome().ifPresent(last -> {
            ObjectNode l = o.putObject("lastOutcome");
            l.put("time", last.time().toString());
            l.put("accepted", last.accepted());
            l.put("reason", last.reason());
            l.put("learnedFaces", last.learnedFaces());
            l.put("heldOutFaces", last.heldOutFaces());
            l.put("currentCorrect", last.currentCorrect());
            l.put("newCorrect", last.newCorrect());
        });
        return o;
    }
}
