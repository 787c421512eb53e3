package moodbox.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import moodbox.emotion.Emotion;

/**
 * The mood diary behind the page's chart: each mood decision and each song started, kept in a local SQLite
 * file for {@link #KEEP} and then forgotten. The appliance records; the page reads {@link #summary}. When
 * the file cannot open (a read-only or full config folder) the box runs with {@link #unavailable}: nothing
 * is recorded and the page says why instead of drawing the chart.
 */
public final class MoodHistory implements AutoCloseable {
    public static final Duration KEEP = Duration.ofDays(90);
    private final Connection db;
    private final Clock clock;
    private final String unavailable;

    private MoodHistory(String reason) {
        this.db = null;
        this.clock = null;
        this.unavailable = reason;
    }

    /** A history that could not open, for {@code reason}: records nothing, and the page shows the reason. */
    public static MoodHistory unavailable(String reason) {
        return new MoodHistory(reason);
    }

    public MoodHistory(Path file, Clock clock) throws SQLException {
        this.clock = clock;
        this.unavailable = null;
        this.db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS moods (at INTEGER NOT NULL, emotion TEXT NOT NULL, confidence REAL NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS tracks (at INTEGER NOT NULL, title TEXT NOT NULL, artist TEXT NOT NULL, emotion TEXT NOT NULL)");
            long cutoff = clock.instant().minus(KEEP).toEpochMilli();
            s.execute("DELETE FROM moods WHERE at < " + cutoff);
            s.execute("DELETE FROM tracks WHERE at < " + cutoff);
        }
    }

    public synchronized void recordMood(Emotion emotion, double confidence) throws SQLException {
        if (db == null) {
            return;
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO moods VALUES (?, ?, ?)")) {
            p.setLong(1, clock.millis());
            p.setString(2, emotion.label());
            p.setDouble(3, confidence);
            p.executeUpdate();
        }
    }

    /** A song started while the box read {@code mood}. */
    public synchronized void recordTrack(String title, String artist, Emotion mood) throws SQLException {
        if (db == null) {
            return;
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO tracks VALUES (?, ?, ?, ?)")) {
            p.setLong(1, clock.millis());
            p.setString(2, title);
            p.setString(3, artist == null ? "" : artist);
            p.setString(4, mood.label());
            p.executeUpdate();
        }
    }

    /**
     * The last {@code days} days (today included) as {@code {"days": [{"date", "counts": {"Happy": 3}}],
     * "tracks": [{"at", "title", "artist", "mood"}]}}, tracks newest first (at most 30). Throws
     * {@code UnsupportedOperationException} with the reason when the history is unavailable.
     */
    public synchronized ObjectNode summary(int days) throws SQLException {
        if (db == null) {
            throw new UnsupportedOperationException("the mood history is unavailable: " + unavailable);
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(days - 1L);
        long from = first.atStartOfDay(zone).toInstant().toEpochMilli();
        Map<LocalDate, ObjectNode> counts = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            counts.put(d, Http.JSON.createObjectNode());
        }
        try (PreparedStatement p = db.prepareStatement("SELECT at, emotion FROM moods WHERE at >= ?")) {
            p.setLong(1, from);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ObjectNode day = counts.get(LocalDate.ofInstant(Instant.ofEpochMilli(r.getLong(1)), zone));
                    if (day != null) {
                        day.put(r.getString(2), day.path(r.getString(2)).asInt(0) + 1);
                    }
                }
            }
        }
        ObjectNode out = Http.JSON.createObjectNode();
        ArrayNode dayList = out.putArray("days");
        counts.forEach((date, c) -> dayList.addObject().put("date", date.toString()).set("counts", c));
        ArrayNode tracks = out.putArray("tracks");
        try (PreparedStatement p = db.prepareStatement(
                "SELECT at, title, artist, emotion FROM tracks WHERE at >= ? ORDER BY at DESC LIMIT 30")) {
            p.setLong(1, from);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    tracks.addObject().put("at", Instant.ofEpochMilli(r.getLong(1)).toString())
                            .put("title", r.getString(2)).put("artist", r.getString(3)).put("mood", r.getString(4));
                }
            }
        }
        return out;
    }

    @Override
    public synchronized void close() throws SQLException {
        if (db != null) {
            db.close();
        }
    }
}
