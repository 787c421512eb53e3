package moodbox.music.demo;

import java.util.Random;

/** Renders a {@link ClipRecipe} into mono samples in [-1, 1]. */
public final class ClipSynth {
    public static final float SAMPLE_RATE = 22050;
    private static final int[] ROOTS = {0, 5, 7, 0};
    private static final int[] MAJOR_TRIAD = {0, 4, 7};
    private static final int[] MINOR_TRIAD = {0, 3, 7};
    /** Chord qualities per step: I–IV–V–I in major; i–iv–v–i in natural minor. */
    private static final boolean[] MINOR_CHORDS = {true, true, true, true};

    private ClipSynth() {
    }

    public static double[] render(ClipRecipe recipe) {
        int total = (int) (recipe.seconds() * SAMPLE_RATE);
        double[] out = new double[total];
        double beat = 60.0 / recipe.bpm();
        double keyHz = recipe.minor() ? 220.0 : 261.63;
        double decay = Math.min(0.6, 0.45 * beat);
        Random noise = new Random(42);
        int beats = (int) (recipe.seconds() / beat);
        for (int b = 0; b < beats; b++) {
            int step = (b / 4) % ROOTS.length;
            int root = ROOTS[step];
            int[] triad = recipe.minor() && MINOR_CHORDS[step] ? MINOR_TRIAD : MAJOR_TRIAD;
            int start = (int) (b * beat * SAMPLE_RATE);
            int length = Math.min(total - start, (int) (beat * SAMPLE_RATE));
            for (int interval : triad) {
                addNote(out, start, length, keyHz * semitones(root + interval), recipe.harmonics(), decay, 1.0);
            }
            addNote(out, start, length, keyHz / 2 * semitones(root), recipe.harmonics(), decay, 1.2);
            if (recipe.drums()) {
                for (int i = 0; i < Math.min(length, (int) (0.04 * SAMPLE_RATE)); i++) {
                    out[start + i] += 1.5 * noise.nextGaussian() * Math.exp(-i / (0.01 * SAMPLE_RATE));
                }
            }
        }
        shape(out, recipe.distortion(), recipe.peak());
        return out;
    }

    private static double semitones(int n) {
        return Math.pow(2, n / 12.0);
    }

    private static void addNote(double[] out, int start, int length, double hz, int harmonics, double decay, double gain) {
        double attack = 0.01 * SAMPLE_RATE;
        for (int i = 0; i < length; i++) {
            double t = i / (double) SAMPLE_RATE;
            double envelope = Math.min(1, i / attack) * Math.exp(-t / decay) * Math.min(1, (length - i) / attack);
            double sum = 0;
            for (int h = 1; h <= harmonics; h++) {
                sum += Math.sin(2 * Math.PI * hz * h * t) / h;
            }
            out[start + i] += gain * envelope * sum;
        }
    }

    private static void shape(double[] out, double drive, double peak) {
        double max = 1e-9;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.tanh(drive * out[i] / 4);
            max = Math.max(max, Math.abs(out[i]));
        }
        for (int i = 0; i < out.length; i++) {
            out[i] *= peak / max;
        }
    }
}
