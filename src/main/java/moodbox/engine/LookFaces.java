package moodbox.engine;

import java.util.ArrayList;
import java.util.List;
import moodbox.image.GrayImage;
import moodbox.state.MoodReading;

/**
 * The face crops of the look in progress, spread over the whole look: it keeps every frame's crop until it
 * holds twice {@link MoodReading#MAX_FACES}, then every second one, then every fourth, and so on, so memory
 * stays bounded however long the look lasts; {@link #spread()} picks at most {@link MoodReading#MAX_FACES} of
 * them evenly from first to last. Used on the engine's inbox thread only.
 */
final class LookFaces {
    private final List<GrayImage> kept = new ArrayList<>();
    private int stride = 1;
    private int seen;

    void clear() {
        kept.clear();
        stride = 1;
        seen = 0;
    }

    void add(GrayImage crop) {
        if (seen++ % stride != 0) {
            return;
        }
        kept.add(crop);
        if (kept.size() == 2 * MoodReading.MAX_FACES) {
            for (int i = kept.size() - 1; i > 0; i -= 2) {
                kept.remove(i);
            }
            stride *= 2;
        }
    }

    /** At most {@link MoodReading#MAX_FACES} crops, evenly spread over the look, in order. */
    List<GrayImage> spread() {
        int n = kept.size();
        if (n <= MoodReading.MAX_FACES) {
            return List.copyOf(kept);
        }
        List<GrayImage> picked = new ArrayList<>();
        for (int i = 0; i < MoodReading.MAX_FACES; i++) {
            picked.add(kept.get(i * (n - 1) / (MoodReading.MAX_FACES - 1)));
        }
        return List.copyOf(picked);
    }
}
