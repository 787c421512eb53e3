package moodbox.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import moodbox.emotion.Emotion;

/**
 * The words a person reads for each setting, as the settings page labels it ("maximum volume" for
 * {@code maxVolume}, "LED pin for Angry" for {@code ledPins.Angry}); {@link InvalidSettingException} writes
 * its messages with them, so no error shows a JSON field name.
 */
public final class SettingNames {
    private static final Map<String, String> WORDS = words();
    private static final Pattern FIELD = pattern();

    private SettingNames() {
    }

    private static Map<String, String> words() {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("policy", "when a mood is read (match or lift)");
        w.put("emotionMusic", "music per emotion");
        for (Emotion e : Emotion.values()) {
            w.put("emotionMusic." + e.label(), "music for " + e.label());
            w.put("emotionMusic." + e.label() + ".folders", "folders for " + e.label());
            w.put("emotionMusic." + e.label() + ".moods", "moods for " + e.label());
            w.put("ledPins." + e.label(), "LED pin for " + e.label());
            w.put("moodColours." + e.label(), "colour for " + e.label());
        }
        w.put("musicFolders", "music locations");
        w.put("startupVolume", "volume at start-up");
        w.put("maxVolume", "maximum volume");
        w.put("crossfadeSeconds", "crossfade (seconds)");
        w.put("detectionWindowSeconds", "look for (seconds)");
        w.put("confidenceThreshold", "confidence needed");
        w.put("detectionIntervalSeconds", "look again every (seconds)");
        w.put("cameraSource", "camera");
        w.put("faceDetector", "face finder");
        w.put("ledPins", "LED pins");
        w.put("moodColours", "mood colours");
        w.put("rgbLedEnabled", "RGB LED fitted");
        w.put("rgbRedPin", "RGB red pin");
        w.put("rgbGreenPin", "RGB green pin");
        w.put("rgbBluePin", "RGB blue pin");
        w.put("buttonPin", "button pin");
        w.put("buttonPull", "button pull resistor");
        w.put("longPressMillis", "long press (ms)");
        w.put("webPort", "web port");
        w.put("pin", "PIN");
        w.put("showPinOnScreen", "show the PIN on the screen");
        w.put("adaptAfter", "learn again after (corrected looks)");
        return w;
    }

    /** Every field name, longest first, as a whole word (so {@code pin} never matches inside {@code buttonPin}). */
    private static Pattern pattern() {
        List<String> names = new ArrayList<>(WORDS.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        return Pattern.compile("(?<![\\w.])(" + alternatives + ")(?![\\w])");
    }

    /** The words for {@code field}, or the field itself when it is not a setting. */
    public static String of(String field) {
        return WORDS.getOrDefault(field, field);
    }

    /** {@code message} with every setting's field name replaced by its words, starting with a capital. */
    static String inWords(String message) {
        Matcher m = FIELD.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(WORDS.get(m.group(1))));
        }
        m.appendTail(out);
        return out.isEmpty() ? "" : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
