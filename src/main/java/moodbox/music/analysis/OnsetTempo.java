package moodbox.music.analysis;

import java.util.Arrays;

/**
 * Tempo from an onset-strength envelope: remove the local mean, autocorrelate, and pick the lag between
 * 50 and 220 BPM with the strongest periodicity, weighted towards 120 BPM (a log-normal prior one octave
 * wide, as in common beat trackers).
 */
final class OnsetTempo {
    private final double framesPerSecond;
    private double[] envelope = new double[4096];
    private int length;

    OnsetTempo(double framesPerSecond) {
        this.framesPerSecond = framesPerSecond;
    }

    void accept(double onsetStrength) {
        if (length == envelope.length) {
            envelope = Arrays.copyOf(envelope, length * 2);
        }
        envelope[length++] = onsetStrength;
    }

    /** The tempo in BPM, or 0 when there are too few frames to tell. */
    double bpm() {
        int minLag = (int) Math.floor(framesPerSecond * 60 / 220);
        int maxLag = (int) Math.ceil(framesPerSecond * 60 / 50);
        if (length < 2 * maxLag) {
            return 0;
        }
        double[] x = detrended();
        double[] score = new double[maxLag + 2];
        int best = -1;
        for (int lag = minLag; lag <= maxLag + 1; lag++) {
            double sum = 0;
            for (int i = lag; i < length; i++) {
                sum += x[i] * x[i - lag];
            }
            double bpm = framesPerSecond * 60 / lag;
            double octaves = Math.log(bpm / 120) / Math.log(2);
            score[lag] = sum / (length - lag) * Math.exp(-0.5 * octaves * octaves);
            if (lag <= maxLag && (best < 0 || score[lag] > score[best])) {
                best = lag;
            }
        }
        if (score[best] <= 0) {
            return 0;
        }
        double lag = best;
        if (best > minLag) {
            double a = score[best - 1];
            double b = score[best];
            double c = score[best + 1];
            double denominator = a - 2 * b + c;
            lag += denominator == 0 ? 0 : 0.5 * (a - c) / denominator;
        }
        return framesPerSecond * 60 / lag;
    }

    private double[] detrended() {
        int half = (int) framesPerSecond / 2;
        double[] x = new double[length];
        double window = 0;
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < length; i++) {
            while (hi < Math.min(length, i + half + 1)) {
                window += envelope[hi++];
            }
            while (lo < i - half) {
                window -= envelope[lo++];
            }
            x[i] = Math.max(0, envelope[i] - window / (hi - lo));
        }
        return x;
    }
}
