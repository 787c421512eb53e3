package moodbox.music.analysis;

import java.util.Arrays;
import moodbox.music.AudioFeatures;

/**
 * Turns a mono signal (fed in pieces) into {@link AudioFeatures}: RMS loudness, spectral centroid, a
 * chroma profile for the major/minor mode, and a spectral-flux onset envelope for the tempo.
 */
final class FeatureExtractor {
    static final int WINDOW = 2048;
    static final int HOP = 256;
    private static final double MIN_PITCH_HZ = 180;
    private static final double MAX_PITCH_HZ = 2000;

    private final double sampleRate;
    private final Fft fft = new Fft(WINDOW);
    private final double[] hann = new double[WINDOW];
    private final int[] pitchClass = new int[WINDOW / 2];
    private final double[] ring = new double[WINDOW];
    private final double[] re = new double[WINDOW];
    private final double[] im = new double[WINDOW];
    private final double[] previousLog = new double[WINDOW / 2];
    private final double[] chroma = new double[12];
    private final OnsetTempo tempo;
    private long samples;
    private double sumSquares;
    private double centroidWeighted;
    private double centroidWeight;

    FeatureExtractor(double sampleRate) {
        this.sampleRate = sampleRate;
        this.tempo = new OnsetTempo(sampleRate / HOP);
        for (int i = 0; i < WINDOW; i++) {
            hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / WINDOW);
        }
        for (int bin = 0; bin < WINDOW / 2; bin++) {
            double hz = bin * sampleRate / WINDOW;
            double semitone = 12 * Math.log(Math.max(hz, 1) / 440) / Math.log(2);
            boolean inTune = Math.abs(semitone - Math.round(semitone)) < 0.35;
            pitchClass[bin] = hz < MIN_PITCH_HZ || hz > MAX_PITCH_HZ || !inTune ? -1
                    : Math.floorMod(Math.round(semitone) + 9, 12);
        }
    }

    void accept(double sample) {
        ring[(int) (samples % WINDOW)] = sample;
        sumSquares += sample * sample;
        samples++;
        if (samples >= WINDOW && samples % HOP == 0) {
            analyseFrame();
        }
    }

    private void analyseFrame() {
        int start = (int) (samples % WINDOW);
        for (int i = 0; i < WINDOW; i++) {
            re[i] = ring[(start + i) % WINDOW] * hann[i];
        }
        Arrays.fill(im, 0);
        fft.transform(re, im);
        double flux = 0;
        double magnitudeSum = 0;
        double weighted = 0;
        for (int bin = 1; bin < WINDOW / 2; bin++) {
            double magnitude = Math.hypot(re[bin], im[bin]);
            double log = Math.log1p(100 * magnitude);
            flux += Math.max(0, log - previousLog[bin]);
            previousLog[bin] = log;
            magnitudeSum += magnitude;
            weighted += magnitude * bin;
            if (pitchClass[bin] >= 0) {
                chroma[pitchClass[bin]] += magnitude * magnitude;
            }
        }
        tempo.accept(flux);
        centroidWeighted += weighted * sampleRate / WINDOW;
        centroidWeight += magnitudeSum;
    }

    double seconds() {
        return samples / sampleRate;
    }

    AudioFeatures features() {
        double rms = samples == 0 ? 0 : Math.sqrt(sumSquares / samples);
        double loudnessDb = 20 * Math.log10(Math.max(rms, 1e-6));
        double centroid = centroidWeight == 0 ? 0 : centroidWeighted / centroidWeight;
        return new AudioFeatures(tempo.bpm(), loudnessDb, centroid, KeyProfiles.modeScore(chroma), seconds());
    }
}
