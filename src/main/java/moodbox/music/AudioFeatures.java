package moodbox.music;

/**
 * What the audio analysis measured in a song's decoded signal.
 *
 * @param tempoBpm     beats per minute from the onset envelope's autocorrelation
 * @param loudnessDb   RMS level in dB relative to full scale (0 = full scale square wave)
 * @param brightnessHz spectral centroid
 * @param modeScore    major minus minor key-profile correlation: above 0 major, below 0 minor
 * @param secondsAnalysed how much of the song was decoded and analysed
 */
public record AudioFeatures(double tempoBpm, double loudnessDb, double brightnessHz, double modeScore,
                            double secondsAnalysed) {
    /**
     * Key-profile correlation scores plain major triads lower than minor ones (C–E–G ≈ +0.08, C–E♭–G ≈
     * −0.30 on sine chords), so the neutral point sits slightly below zero.
     */
    static final double MAJOR_BIAS = 0.05;

    /** Valence: mode is the strongest cue, then tempo, then brightness. In [-1, 1]. */
    public double valence() {
        return clamp(0.75 * clamp((modeScore + MAJOR_BIAS) * 6) + 0.15 * tempoCue() + 0.1 * brightnessCue());
    }

    /** Arousal: tempo and loudness first, then brightness. In [-1, 1]. */
    public double arousal() {
        return clamp(0.4 * tempoCue() + 0.4 * loudnessCue() + 0.2 * brightnessCue());
    }

    public Mood mood() {
        return Mood.nearest(valence(), arousal());
    }

    private double tempoCue() {
        return clamp((tempoBpm - 100) / 40);
    }

    private double loudnessCue() {
        return clamp((loudnessDb + 20) / 8);
    }

    private double brightnessCue() {
        return clamp((brightnessHz - 1200) / 800);
    }

    static double clamp(double x) {
        return Math.max(-1, Math.min(1, x));
    }
}
