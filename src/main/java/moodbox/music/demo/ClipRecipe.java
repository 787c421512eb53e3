package moodbox.music.demo;

import moodbox.music.Mood;

/**
 * How to synthesise one demo clip: a four-chord progression (I–IV–V–I, or i–iv–v–i in minor) with one
 * chord attack per beat.
 *
 * @param intended   the mood the clip is written to have (the analysis is expected to agree)
 * @param peak       peak level, 0..1
 * @param harmonics  overtones per note: more is brighter
 * @param drums      a noise hit on every beat
 * @param distortion soft clipping drive (1 = clean)
 */
public record ClipRecipe(String fileName, String title, Mood intended, double bpm, boolean minor, double peak,
                         int harmonics, boolean drums, double distortion, double seconds) {
}
