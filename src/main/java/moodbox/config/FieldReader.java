package moodbox.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import moodbox.emotion.Emotion;

/** Reads typed fields of one JSON object; a missing or mistyped field is an {@link InvalidSettingException} naming it. */
final class FieldReader {
    private final JsonNode object;
    private final String prefix;

    FieldReader(JsonNode object) {
        this(object, "");
    }

    FieldReader(JsonNode object, String prefix) {
        InvalidSettingException.check(object.isObject(), prefix, prefix + " must be a JSON object");
        this.object = object;
        this.prefix = prefix;
    }

    int integer(String name) {
        return integer(object.get(name), prefix + name);
    }

    static int integer(JsonNode node, String field) {
        InvalidSettingException.check(node != null && node.isIntegralNumber() && node.canConvertToInt(), field,
                field + " must be a whole number");
        return node.intValue();
    }

    double number(String name) {
        JsonNode node = object.get(name);
        InvalidSettingException.check(node != null && node.isNumber(), prefix + name, prefix + name + " must be a number");
        return node.doubleValue();
    }

    boolean bool(String name) {
        JsonNode node = object.get(name);
        InvalidSettingException.check(node != null && node.isBoolean(), prefix + name, prefix + name + " must be true or false");
        return node.booleanValue();
    }

    String text(String name) {
        return text(object.get(name), prefix + name);
    }

    static String text(JsonNode node, String field) {
        InvalidSettingException.check(node != null && node.isTextual(), field, field + " must be a text");
        return node.textValue().trim();
    }

    List<String> texts(String name) {
        JsonNode node = object.get(name);
        String field = prefix + name;
        InvalidSettingException.check(node != null && node.isArray(), field, field + " must be a list of texts");
        List<String> out = new ArrayList<>();
        node.forEach(item -> out.add(text(item, field)));
        return out;
    }

    private static Emotion byLabel(String label) {
        for (Emotion e : Emotion.values()) {
            if (e.label().equals(label)) {
                return e;
            }
        }
        return null;
    }

    /** An object keyed by emotion labels exactly as written ("Happy") that must name all seven. */
    Map<Emotion, JsonNode> perEmotion(String name) {
        JsonNode node = object.get(name);
        String field = prefix + name;
        InvalidSettingException.check(node != null && node.isObject(), field, field + " must be an object with one entry per emotion");
        Map<Emotion, JsonNode> out = new EnumMap<>(Emotion.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Emotion emotion = byLabel(entry.getKey());
            InvalidSettingException.check(emotion != null, field, field + ": unknown emotion \"" + entry.getKey()
                    + "\" (expected Angry, Disgust, Fear, Happy, Sad, Surprise, Neutral)");
            out.put(emotion, entry.getValue());
        }
        for (Emotion e : Emotion.values()) {
            InvalidSettingException.check(out.containsKey(e), field + "." + e.label(), field + "." + e.label() + " is missing");
        }
        return out;
    }
}
