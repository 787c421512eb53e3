package moodbox.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import moodbox.emotion.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsJsonTest {
    private static final Settings DEFAULTS = Settings.defaults("123456");

    private static JsonNode json(String text) throws Exception {
        return SettingsJson.MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void roundTripsThroughJsonUnchanged() {
        Settings again = SettingsJson.apply(Settings.defaults("000000"), SettingsJson.toJson(DEFAULTS, true));
        assertEquals(DEFAULTS, again);
    }

    @Test
    void apiFormHasTopLevelMaxVolumeAndPolicyButNoPin() {
        JsonNode api = SettingsJson.toJson(DEFAULTS, false);
        assertEquals(80, api.get("maxVolume").intValue());
        assertEquals("match", api.get("policy").textValue());
        assertFalse(api.has("pin"));
        assertFalse(DEFAULTS.toString().contains("123456"), "toString must not print the PIN");
    }

    @Test
    void partialChangesMergeAndKeepTheRest() throws Exception {
        Settings s = SettingsJson.apply(DEFAULTS, json(
                "{'maxVolume': 55, 'policy': 'lift', 'ledPins': {'Happy': 4}, 'emotionMusic': {'Sad': {'moods': ['calm']}}}"));
        assertEquals(55, s.volume().maxVolume());
        assertEquals(Policy.LIFT, s.music().policy());
        assertEquals(4, s.lights().ledPin(Emotion.HAPPY));
        assertEquals(24, s.lights().ledPin(Emotion.SAD));
        assertEquals(List.of("calm"), s.music().musicFor(Emotion.SAD).moods());
        assertTrue(s.music().musicFor(Emotion.HAPPY).automatic());
        assertEquals(DEFAULTS.detection(), s.detection());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{'maxVolume': 101}                              | maxVolume",
        "{'maxVolume': 'loud'}                           | maxVolume",
        "{'maxVolume': 50.5}                             | maxVolume",
        "{'startupVolume': 90}                           | startupVolume",
        "{'crossfadeSeconds': 11}                        | crossfadeSeconds",
        "{'crossfadeSeconds': -1}                        | crossfadeSeconds",
        "{'crossfadeSeconds': 2.5}                       | crossfadeSeconds",
        "{'policy': 'random'}                            | policy",
        "{'volume': 3}                                   | volume",
        "{'confidenceThreshold': 1.5}                    | confidenceThreshold",
        "{'detectionWindowSeconds': 0}                   | detectionWindowSeconds",
        "{'cameraSource': 'http://example.com/cam'}      | cameraSource",
        "{'cameraSource': 'folder:relative'}             | cameraSource",
        "{'ledPins': {'Happy': 40}}                      | ledPins.Happy",
        "{'ledPins': {'Hapy': 4}}                        | ledPins",
        "{'ledPins': {'Happy': 24}}                      | ledPins.Sad",
        "{'buttonPin': 23}                               | buttonPin",
        "{'rgbLedEnabled': true, 'rgbRedPin': 26}        | rgbRedPin",
        "{'moodColours': {'Sad': 'blue'}}                | moodColours.Sad",
        "{'buttonPull': 'sideways'}                      | buttonPull",
        "{'longPressMillis': 10}                         | longPressMillis",
        "{'musicFolders': ['music']}                     | musicFolders",
        "{'musicFolders': []}                            | musicFolders",
        "{'emotionMusic': {'Sad': {'folders': ['../etc']}}} | emotionMusic.Sad.folders",
        "{'emotionMusic': {'Sad': {'moods': ['CALM!']}}}  | emotionMusic.Sad.moods",
        "{'webPort': 80}                                 | webPort",
        "{'pin': '12345'}                                | pin",
        "{'pin': 123456}                                 | pin",
        "{'showPinOnScreen': 'no'}                       | showPinOnScreen",
    })
    void badValuesNameTheirField(String changes, String field) throws Exception {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> SettingsJson.apply(DEFAULTS, json(changes)));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains(SettingNames.of(field).toLowerCase(java.util.Locale.ROOT)),
                "the message names the setting in words: " + e.getMessage());
        assertTrue(!field.matches(".*([a-z][A-Z]|\\.).*") || !e.getMessage().contains(field),
                "no JSON field name in the message: " + e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"sim", "rpicam", "usb:0", "/dev/video2", "folder:/home/pi/faces", "video:/tmp/clip.avi"})
    void acceptsEveryDocumentedCameraSource(String source) throws Exception {
        Settings s = SettingsJson.apply(DEFAULTS, json("{'cameraSource': '" + source + "'}"));
        assertEquals(source, s.detection().cameraSource());
    }

    @Test
    void adaptAfterIsASettingFromOneToTheLooksTheBoxKeepsAndABadOneSaysSo() throws Exception {
        assertEquals(HouseholdSettings.DEFAULT_ADAPT_AFTER, SettingsJson.toJson(DEFAULTS, false).get("adaptAfter").intValue());
        assertEquals(4, SettingsJson.apply(DEFAULTS, json("{'adaptAfter': 4}")).household().adaptAfter());
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> SettingsJson.apply(DEFAULTS, json("{'adaptAfter': 0}")));
        assertEquals("adaptAfter", e.field());
        assertTrue(e.getMessage().startsWith("Learn again after (corrected looks) must be from 1 to 200"), e.getMessage());
    }
}
