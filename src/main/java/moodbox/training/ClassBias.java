package moodbox.training;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import moodbox.emotion.Emotion;

/**
 * Offsets added to the output logits of chosen emotions when a model is shipped ({@code ship --class-bias
 * Disgust=0.4}): a rare class's threshold moved after training, the post-hoc form of a class-balanced loss. A
 * bias of b multiplies that emotion's odds by e^b for every face. It is chosen on PublicTest like the epoch is,
 * and the model card reports the figures with and without it.
 */
public record ClassBias(Map<Emotion, Double> offsets) {
    public static final ClassBias NONE = new ClassBias(Map.of());

    public ClassBias {
        offsets = Map.copyOf(offsets);
    }

    /** Parses {@code Emotion=offset[,Emotion=offset…]}, e.g. {@code Disgust=0.4}; offsets within ±3. */
    public static ClassBias parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Map<Emotion, Double> offsets = new EnumMap<>(Emotion.class);
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            String hint = "--class-bias takes EMOTION=OFFSET[,EMOTION=OFFSET…], e.g. Disgust=0.4, not '" + spec + "'";
            if (kv.length != 2) {
                throw new IllegalArgumentException(hint);
            }
            Emotion emotion;
            double offset;
            try {
                emotion = Emotion.fromLabel(kv[0].trim());
                offset = Double.parseDouble(kv[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(hint, e);
            }
            if (!(Math.abs(offset) <= 3)) {
                throw new IllegalArgumentException("a class bias must lie within ±3 (e^3 = 20 times the odds), not " + offset);
            }
            offsets.put(emotion, offset);
        }
        return new ClassBias(offsets);
    }

    public boolean isNone() {
        return offsets.isEmpty();
    }

    /** The weights with the offsets added to the output layer's bias ({@link Architecture#outputBias}). */
    public Map<String, float[]> applyTo(Map<String, float[]> values, Architecture architecture) {
        if (isNone()) {
            return values;
        }
        Map<String, float[]> biased = new LinkedHashMap<>(values);
        float[] bias = values.get(architecture.outputBias());
        if (bias == null || bias.length != Emotion.COUNT) {
            throw new IllegalStateException("the model has no 7-way output bias '" + architecture.outputBias() + "'");
        }
        float[] shifted = bias.clone();
        offsets.forEach((emotion, offset) -> shifted[emotion.index()] += offset.floatValue());
        biased.put(architecture.outputBias(), shifted);
        return biased;
    }

    /** E.g. "Disgust +0.40"; emotions in FER2013 order. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Emotion e : Emotion.values()) {
            if (offsets.containsKey(e)) {
                s.append(s.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %+.2f", e.label(), offsets.get(e)));
            }
        }
        return s.isEmpty() ? "none" : s.toString();
    }
}
