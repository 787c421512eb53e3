package moodbox.music.library;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import moodbox.music.AudioFeatures;
import moodbox.music.Mood;
import moodbox.music.MoodSource;
import moodbox.music.Track;

/** Reads one row of the index's track columns into a {@link Track}. */
final class TrackRows {
    private TrackRows() {
    }

    static Track track(ResultSet r) throws SQLException {
        Path path = Path.of(r.getString("path"));
        String mood = r.getString("mood");
        String source = r.getString("mood_source");
        double analysed = r.getDouble("analysed_s");
        AudioFeatures features = r.wasNull() ? null : new AudioFeatures(r.getDouble("tempo"),
                r.getDouble("loudness"), r.getDouble("brightness"), r.getDouble("mode"), analysed);
        return new Track(path, Track.titleOrFileName(r.getString("title"), path), r.getString("artist"),
                r.getString("album"), r.getString("genre"), r.getLong("duration_ms"), r.getInt("has_cover") == 1,
                mood == null ? null : Mood.fromLabel(mood), r.getDouble("valence"), r.getDouble("arousal"),
                source == null ? null : MoodSource.valueOf(source.toUpperCase()), features);
    }
}
