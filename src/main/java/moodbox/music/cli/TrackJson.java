package moodbox.music.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import moodbox.music.AudioFeatures;
import moodbox.music.Track;

/** A track as a JSON object (field order fixed for readable output). */
final class TrackJson {
    private TrackJson() {
    }

    static Map<String, Object> of(Track t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", t.path().toString());
        m.put("title", t.title());
        m.put("artist", t.artist());
        m.put("album", t.album());
        m.put("genre", t.genre());
        m.put("durationMs", t.durationMs());
        m.put("hasCover", t.hasCover());
        m.put("mood", t.mood().label());
        m.put("valence", round(t.valence()));
        m.put("arousal", round(t.arousal()));
        m.put("moodSource", t.moodSource().label());
        AudioFeatures f = t.features();
        if (f != null) {
            m.put("tempoBpm", round(f.tempoBpm()));
            m.put("loudnessDb", round(f.loudnessDb()));
            m.put("brightnessHz", Math.round(f.brightnessHz()));
            m.put("modeScore", round(f.modeScore()));
        }
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
