package moodbox.music;

import java.util.Locale;

/**
 * The mood of a song, as a label with its centre on the valence/arousal plane (both in [-1, 1]).
 * Analysis picks the label whose centre lies nearest to a song's measured (valence, arousal).
 */
public enum Mood {
    HAPPY(0.6, 0.25),
    ENERGETIC(0.5, 0.8),
    CALM(0.4, -0.6),
    SAD(-0.6, -0.5),
    ANGRY(-0.6, 0.7);

    private final double valence;
    private final double arousal;

    Mood(double valence, double arousal) {
        this.valence = valence;
        this.arousal = arousal;
    }

    public double valence() {
        return valence;
    }

    public double arousal() {
        return arousal;
    }

    /** Lower-case name as written in folders, JSON and the index, e.g. "happy". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mood whose centre is nearest to (valence, arousal). */
    public static Mood nearest(double valence, double arousal) {
        Mood best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Mood mood : values()) {
            double d = Math.hypot(mood.valence - valence, mood.arousal - arousal);
            if (d < bestDistance) {
                bestDistance = d;
                best = mood;
            }
        }
        return best;
    }

    public static Mood fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
