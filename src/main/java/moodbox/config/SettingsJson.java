package moodbox.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import moodbox.emotion.Emotion;

/**
 * The one JSON form of {@link Settings}, used by the settings file and the web API alike: a flat object
 * ({@code maxVolume}, {@code policy}, {@code ledPins}, …) whose per-emotion maps are keyed by labels such as
 * {@code "Happy"}. {@link #apply} merges a partial object of changes over existing settings and fails with an
 * {@link InvalidSettingException} naming the first bad field.
 */
public final class SettingsJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    static final Set<String> FIELDS = Set.of("policy", "emotionMusic", "musicFolders", "startupVolume", "maxVolume",
            "crossfadeSeconds",
            "detectionWindowSeconds", "confidenceThreshold", "detectionIntervalSeconds", "cameraSource", "faceDetector", "ledPins",
            "moodColours", "rgbLedEnabled", "rgbRedPin", "rgbGreenPin", "rgbBluePin", "buttonPin", "buttonPull",
            "longPressMillis", "webPort", "pin", "showPinOnScreen", "adaptAfter");

    private SettingsJson() {
    }

    /** The settings as JSON; the PIN only when {@code withPin} (the file has it, the API never sends it). */
    public static ObjectNode toJson(Settings s, boolean withPin) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("policy", s.music().policy().json());
        ObjectNode music = o.putObject("emotionMusic");
        ObjectNode pins = MAPPER.createObjectNode();
        ObjectNode colours = MAPPER.createObjectNode();
        for (Emotion e : Emotion.values()) {
            ObjectNode m = music.putObject(e.label());
            s.music().musicFor(e).folders().forEach(m.putArray("folders")::add);
            s.music().musicFor(e).moods().forEach(m.putArray("moods")::add);
            pins.put(e.label(), s.lights().ledPin(e));
            colours.put(e.label(), s.lights().colour(e));
        }
        s.music().musicFolders().forEach(o.putArray("musicFolders")::add);
        o.put("startupVolume", s.volume().startupVolume());
        o.put("maxVolume", s.volume().maxVolume());
        o.put("crossfadeSeconds", s.playback().crossfadeSeconds());
        o.put("detectionWindowSeconds", s.detection().detectionWindowSeconds());
        o.put("confidenceThreshold", s.detection().confidenceThreshold());
        o.put("detectionIntervalSeconds", s.detection().detectionIntervalSeconds());
        o.put("cameraSource", s.detection().cameraSource());
        o.put("faceDetector", s.detection().faceDetector());
        o.set("ledPins", pins);
        o.set("moodColours", colours);
        o.put("rgbLedEnabled", s.lights().rgbLedEnabled());
        o.put("rgbRedPin", s.lights().rgbRedPin());
        o.put("rgbGreenPin", s.lights().rgbGreenPin());
        o.put("rgbBluePin", s.lights().rgbBluePin());
        o.put("buttonPin", s.button().buttonPin());
        o.put("buttonPull", s.button().buttonPull().json());
        o.put("longPressMillis", s.button().longPressMillis());
        o.put("webPort", s.web().webPort());
        if (withPin) {
            o.put("pin", s.web().pin());
        }
        o.put("showPinOnScreen", s.web().showPinOnScreen());
        o.put("adaptAfter", s.household().adaptAfter());
        return o;
    }

    /** {@code base} with the fields of {@code changes} replaced; objects merge key by key, lists replace. */
    public static Settings apply(Settings base, JsonNode changes) {
        InvalidSettingException.check(changes != null && changes.isObject(), "", "settings must be a JSON object");
        for (Iterator<String> names = changes.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            InvalidSettingException.check(FIELDS.contains(name), name, "unknown setting \"" + name + "\"");
        }
        ObjectNode merged = toJson(base, true);
        merge(merged, (ObjectNode) changes);
        return read(new FieldReader(merged));
    }

    private static void merge(ObjectNode target, ObjectNode changes) {
        changes.fields().forEachRemaining(entry -> {
            JsonNode old = target.get(entry.getKey());
            if (old != null && old.isObject() && entry.getValue().isObject()) {
                merge((ObjectNode) old, (ObjectNode) entry.getValue());
            } else {
                target.set(entry.getKey(), entry.getValue());
            }
        });
    }

    private static Settings read(FieldReader in) {
        Map<Emotion, EmotionMusic> music = new EnumMap<>(Emotion.class);
        in.perEmotion("emotionMusic").forEach((e, node) -> {
            String field = "emotionMusic." + e.label();
            FieldReader entry = new FieldReader(node, field + ".");
            music.put(e, EmotionMusic.of(entry.texts("folders"), entry.texts("moods"), field));
        });
        Map<Emotion, Integer> pins = new EnumMap<>(Emotion.class);
        in.perEmotion("ledPins").forEach((e, node) -> pins.put(e, FieldReader.integer(node, "ledPins." + e.label())));
        Map<Emotion, String> colours = new EnumMap<>(Emotion.class);
        in.perEmotion("moodColours").forEach((e, node) -> colours.put(e, FieldReader.text(node, "moodColours." + e.label())));
        return new Settings(
                new MusicSettings(Policy.fromJson(in.text("policy")), music, in.texts("musicFolders")),
                new VolumeSettings(in.integer("startupVolume"), in.integer("maxVolume")),
                new PlaybackSettings(in.integer("crossfadeSeconds")),
                new DetectionSettings(in.number("detectionWindowSeconds"), in.number("confidenceThreshold"),
                        in.number("detectionIntervalSeconds"), in.text("cameraSource"), in.text("faceDetector")),
                new LightSettings(pins, colours, in.bool("rgbLedEnabled"),
                        in.integer("rgbRedPin"), in.integer("rgbGreenPin"), in.integer("rgbBluePin")),
                new ButtonSettings(in.integer("buttonPin"), Pull.fromJson(in.text("buttonPull")), in.integer("longPressMillis")),
                new WebSettings(in.integer("webPort"), in.text("pin"), in.bool("showPinOnScreen")),
                new HouseholdSettings(in.integer("adaptAfter")));
    }
}
