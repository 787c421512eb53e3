package moodbox.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import moodbox.emotion.Emotion;
import moodbox.household.AdaptationOutcome;
import moodbox.household.DecidedLook;
import moodbox.household.PersonalModelStatus;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Was the mood right?" through HTTP on a real server: only the logged-in owner sees faces and corrects looks. */
class HouseholdPageTest {
    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() throws Exception {
        t = new TestServer(dir);
        byte[] px = new byte[48 * 48];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (i % 48 * 5);
        }
        t.box.looks.add(new DecidedLook("look-1", Instant.parse("2025-06-10T11:59:00Z"), Emotion.HAPPY,
                List.of(new GrayImage(48, 48, px), new GrayImage(48, 48, px)), Optional.empty()));
    }

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void aLoggedOutClientGetsNoFacesAndCannotCorrectOrForget() throws Exception {
        HttpResponse<String> looks = t.send("GET", "/api/looks", null, null);
        assertEquals(401, looks.statusCode());
        assertFalse(looks.body().contains("data:image/png"), "no thumbnail without a session");
        assertEquals(401, t.send("GET", "/api/looks", null, "moodbox_session=forged").statusCode());
        assertEquals(401, t.send("POST", "/api/looks/correct", "{\"look\": \"look-1\", \"emotion\": \"Sad\"}", null).statusCode());
        assertEquals(401, t.send("POST", "/api/corrections/forget", "{}", null).statusCode());
        assertEquals(401, t.send("GET", "/api/personal-model", null, null).statusCode());
        assertEquals(401, t.send("POST", "/api/personal-model/shipped", "{}", null).statusCode());
        assertEquals(List.of(), t.box.corrections);
        assertEquals(0, t.box.backToShipped.get());
    }

    @Test
    void aCorrectionFromAnotherSiteIsRefused() throws Exception {
        String cookie = t.session();
        String body = "{\"look\": \"look-1\", \"emotion\": \"Sad\"}";
        String foreign = t.raw("POST /api/looks/correct HTTP/1.1\r\nHost: 127.0.0.1:" + t.server.port() + "\r\nCookie: " + cookie
                + "\r\nOrigin: http://evil.example\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n", body);
        assertTrue(foreign.startsWith("HTTP/1.1 403"), foreign);
        assertEquals(List.of(), t.box.corrections);
    }

    @Test
    void theOwnerSeesTheLooksWithTheirFacesAndCorrectsOne() throws Exception {
        String cookie = t.session();
        JsonNode looks = json(t.send("GET", "/api/looks", null, cookie));
        JsonNode look = looks.get("looks").get(0);
        assertEquals("look-1", look.get("id").asText());
        assertEquals("Happy", look.get("shown").asText());
        assertEquals(7, looks.get("emotions").size());
        assertEquals(2, look.get("faces").size());
        String url = look.get("faces").get(0).asText();
        assertTrue(url.startsWith("data:image/png;base64,"), url);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))));
        assertEquals(48, png.getWidth());
        byte[] back = new byte[48 * 48];
        png.getRaster().getDataElements(0, 0, 48, 48, back);
        assertArrayEquals(t.box.looks.get(0).faces().get(0).pixels(), back, "the thumbnail is the crop itself");

        assertEquals(200, t.send("POST", "/api/looks/correct", "{\"look\": \"look-1\", \"emotion\": \"Sad\"}", cookie).statusCode());
        assertEquals(List.of("look-1=Sad"), t.box.corrections);

        HttpResponse<String> badEmotion = t.send("POST", "/api/looks/correct", "{\"look\": \"look-1\", \"emotion\": \"Grumpy\"}", cookie);
        assertEquals(400, badEmotion.statusCode());
        assertEquals("emotion", json(badEmotion).get("field").asText());
        assertTrue(json(badEmotion).get("error").asText().contains("expected one of"), badEmotion.body());
        HttpResponse<String> gone = t.send("POST", "/api/looks/correct", "{\"look\": \"look-0\", \"emotion\": \"Sad\"}", cookie);
        assertEquals(404, gone.statusCode());
        assertTrue(json(gone).get("error").asText().contains("no longer on the box"), gone.body());
        assertEquals(List.of("look-1=Sad"), t.box.corrections, "nothing else was saved");

        JsonNode forgot = json(t.send("POST", "/api/corrections/forget", "{}", cookie));
        assertEquals(1, forgot.get("forgotten").asInt());
        assertEquals(List.of(), t.box.corrections);
    }

    @Test
    void thePersonalModelsStatusAndBackToTheShippedModel() throws Exception {
        t.box.personalModel = new PersonalModelStatus(true, 14, 3, 10, false, Optional.of(new AdaptationOutcome(
                Instant.parse("2025-06-10T11:00:00Z"), true, "taken: 3 of 4 right, the model in use 1", 30, 4, 1, 3)));
        String cookie = t.session();
        JsonNode status = json(t.send("GET", "/api/personal-model", null, cookie));
        assertEquals("personal", status.get("model").asText());
        assertEquals(14, status.get("storedLooks").asInt());
        assertEquals(3, status.get("newCorrections").asInt());
        assertEquals(10, status.get("adaptAfter").asInt());
        assertEquals(3, status.get("lastOutcome").get("newCorrect").asInt());
        assertEquals(4, status.get("lastOutcome").get("heldOutFaces").asInt());
        assertTrue(status.get("lastOutcome").get("reason").asText().startsWith("taken"));
        assertEquals(200, t.send("POST", "/api/personal-model/shipped", "{}", cookie).statusCode());
        assertEquals(1, t.box.backToShipped.get());
    }
}
