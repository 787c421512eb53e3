package moodbox.emotion;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** Seven probabilities, one per {@link Emotion}, in label order; immutable. */
public final class EmotionScores {
    private final float[] probabilities;

    public EmotionScores(float[] probabilities) {
        if (probabilities.length != Emotion.COUNT) {
            throw new IllegalArgumentException("need 7 probabilities, got " + probabilities.length);
        }
        this.probabilities = probabilities.clone();
    }

    public float probability(Emotion emotion) {
        return probabilities[emotion.index()];
    }

    public Emotion top() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return Emotion.fromIndex(best);
    }

    public float topProbability() {
        return probability(top());
    }

    public float[] toArray() {
        return probabilities.clone();
    }

    /** Label → probability, in label order (for JSON). */
    public Map<String, Float> asLabelMap() {
        Map<Emotion, Float> byEmotion = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            byEmotion.put(e, probabilities[e.index()]);
        }
        Map<String, Float> out = new java.util.LinkedHashMap<>();
        byEmotion.forEach((e, p) -> out.put(e.label(), p));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmotionScores other && Arrays.equals(probabilities, other.probabilities);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return top().label() + " " + String.format("%.2f", topProbability()) + " " + Arrays.toString(probabilities);
    }
}
