package moodbox.music;

import java.nio.file.Path;

/** Test tracks placed directly on the valence/arousal plane. */
final class Tracks {
    private Tracks() {
    }

    static Track at(String path, double valence, double arousal) {
        return new Track(Path.of(path), path, "artist", "album", "", 1000, false,
                Mood.nearest(valence, arousal), valence, arousal, MoodSource.ANALYSIS, null);
    }
}
