package moodbox.music.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import moodbox.music.AudioFeatures;
import moodbox.music.Mood;
import moodbox.music.MoodSource;
import moodbox.music.Track;

/**
 * The library index in SQLite: every scanned file (tags, analysis, mood) or the reason it was skipped, so
 * rescans skip unchanged files and a reboot needs no rescan; plus the resume point of the last song.
 * One connection, used by one thread at a time; writes are committed by {@link #commit()}. The appliance opens
 * one index for its whole run and hands it to each music side it starts, so two connections never write
 * the same file; should another process hold the file, a write waits for it (busy timeout) instead of
 * failing at once, and a failed commit is rolled back so that the connection never stays stuck on an old
 * snapshot.
 */
public final class TrackIndex implements AutoCloseable {
    private static final String TRACK_COLUMNS = "path, title, artist, album, genre, duration_ms, has_cover, mood, "
            + "valence, arousal, mood_source, tempo, loudness, brightness, mode, analysed_s";
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private final Connection db;

    private TrackIndex(Connection db) {
        this.db = db;
    }

    public static TrackIndex open(Path file) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("CREATE TABLE IF NOT EXISTS tracks (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, "
                    + "seen INTEGER, title TEXT, artist TEXT, album TEXT, genre TEXT, duration_ms INTEGER, "
                    + "has_cover INTEGER, mood TEXT, valence REAL, arousal REAL, mood_source TEXT, tempo REAL, "
                    + "loudness REAL, brightness REAL, mode REAL, analysed_s REAL) WITHOUT ROWID");
            s.execute("CREATE TABLE IF NOT EXISTS problems (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, "
                    + "seen INTEGER, reason TEXT) WITHOUT ROWID");
            s.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID");
        }
        db.setAutoCommit(false);
        return new TrackIndex(db);
    }

    /** Marks the file as seen in this scan if it is indexed with the same size and time; true if so. */
    public synchronized boolean touchIfUnchanged(Path file, long size, long mtime, long scanId) throws SQLException {
        for (String table : List.of("tracks", "problems")) {
            try (PreparedStatement s = db.prepareStatement(
                    "UPDATE " + table + " SET seen = ? WHERE path = ? AND size = ? AND mtime = ?")) {
                s.setLong(1, scanId);
                s.setString(2, file.toString());
                s.setLong(3, size);
                s.setLong(4, mtime);
                if (s.executeUpdate() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Stores a new or changed file's tags; its mood comes from {@code known} (folder or tags) or waits for analysis. */
    public synchronized void putTags(Path file, long size, long mtime, long scanId, TrackTags tags,
                                     Optional<Mood> known, MoodSource source) throws SQLException {
        delete("problems", file);
        try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO tracks (path, size, mtime, seen, "
                + "title, artist, album, genre, duration_ms, has_cover, mood, valence, arousal, mood_source) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, file.toString());
            s.setLong(2, size);
            s.setLong(3, mtime);
            s.setLong(4, scanId);
            s.setString(5, tags.title());
            s.setString(6, tags.artist());
            s.setString(7, tags.album());
            s.setString(8, tags.genre());
            s.setLong(9, tags.durationMs());
            s.setInt(10, tags.hasCover() ? 1 : 0);
            s.setString(11, known.map(Mood::label).orElse(null));
            s.setObject(12, known.map(Mood::valence).orElse(null));
            s.setObject(13, known.map(Mood::arousal).orElse(null));
            s.setString(14, known.isPresent() ? source.label() : null);
            s.executeUpdate();
        }
    }

    /** Records why a file is skipped (replacing any track entry for it). */
    public synchronized void putProblem(Path file, long size, long mtime, long scanId, String reason) throws SQLException {
        delete("tracks", file);
        try (PreparedStatement s = db.prepareStatement(
                "INSERT OR REPLACE INTO problems (path, size, mtime, seen, reason) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, file.toString());
            s.setLong(2, size);
            s.setLong(3, mtime);
            s.setLong(4, scanId);
            s.setString(5, reason);
            s.executeUpdate();
        }
    }

    /** Turns a file's track entry into a problem entry, keeping its size, time and scan mark. */
    public synchronized void demote(Path file, String reason) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO problems (path, size, mtime, seen, reason) "
                + "SELECT path, size, mtime, seen, ? FROM tracks WHERE path = ?")) {
            s.setString(1, reason);
            s.setString(2, file.toString());
            s.executeUpdate();
        }
        delete("tracks", file);
    }

    /** Stores analysis results; the analysis decides the mood only when no folder or tag named one. */
    public synchronized void putAnalysis(Path file, AudioFeatures f) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE tracks SET tempo = ?, loudness = ?, brightness = ?, "
                + "mode = ?, analysed_s = ?, mood = COALESCE(mood, ?), valence = COALESCE(valence, ?), "
                + "arousal = COALESCE(arousal, ?), mood_source = COALESCE(mood_source, ?) WHERE path = ?")) {
            s.setDouble(1, f.tempoBpm());
            s.setDouble(2, f.loudnessDb());
            s.setDouble(3, f.brightnessHz());
            s.setDouble(4, f.modeScore());
            s.setDouble(5, f.secondsAnalysed());
            s.setString(6, f.mood().label());
            s.setDouble(7, f.valence());
            s.setDouble(8, f.arousal());
            s.setString(9, MoodSource.ANALYSIS.label());
            s.setString(10, file.toString());
            s.executeUpdate();
        }
    }

    /** Drops entries under {@code root} that this scan did not see (deleted files). */
    public synchronized int removeUnseen(Path root, long scanId) throws SQLException {
        int removed = 0;
        for (String table : List.of("tracks", "problems")) {
            try (PreparedStatement s = db.prepareStatement(
                    "DELETE FROM " + table + " WHERE path >= ? AND path < ? AND seen <> ?")) {
                bindUnder(s, root, 1);
                s.setLong(3, scanId);
                removed += s.executeUpdate();
            }
        }
        return removed;
    }

    /** Up to {@code limit} files under {@code root} that still wait for analysis. */
    public synchronized List<Path> pendingAnalysis(Path root, int limit) throws SQLException {
        List<Path> paths = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT path FROM tracks WHERE path >= ? AND path < ? AND analysed_s IS NULL LIMIT ?")) {
            bindUnder(s, root, 1);
            s.setInt(3, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    paths.add(Path.of(r.getString(1)));
                }
            }
        }
        return paths;
    }

    /** Every track under the roots that has a mood (so the policy can place it), ordered by path. */
    public synchronized List<Track> tracks(Collection<Path> roots) throws SQLException {
        List<Track> tracks = new ArrayList<>();
        for (Path root : roots) {
            try (PreparedStatement s = db.prepareStatement("SELECT " + TRACK_COLUMNS
                    + " FROM tracks WHERE path >= ? AND path < ? AND mood IS NOT NULL ORDER BY path")) {
                bindUnder(s, root, 1);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        tracks.add(TrackRows.track(r));
                    }
                }
            }
        }
        return tracks;
    }

    /** How many tracks under the roots have a mood (what {@link #tracks} would return, without loading them). */
    public synchronized int countTracks(Collection<Path> roots) throws SQLException {
        int count = 0;
        for (Path root : roots) {
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT COUNT(*) FROM tracks WHERE path >= ? AND path < ? AND mood IS NOT NULL")) {
                bindUnder(s, root, 1);
                try (ResultSet r = s.executeQuery()) {
                    count += r.getInt(1);
                }
            }
        }
        return count;
    }

    /** One track by path, whether or not it has been analysed yet. */
    public synchronized Optional<Track> track(Path file) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + TRACK_COLUMNS + " FROM tracks WHERE path = ?")) {
            s.setString(1, file.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(TrackRows.track(r)) : Optional.empty();
            }
        }
    }

    public synchronized List<IndexedProblem> problems(Path root) throws SQLException {
        List<IndexedProblem> problems = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT path, reason FROM problems WHERE path >= ? AND path < ? ORDER BY path")) {
            bindUnder(s, root, 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    problems.add(new IndexedProblem(Path.of(r.getString(1)), r.getString(2)));
                }
            }
        }
        return problems;
    }

    public synchronized Optional<String> state(String key) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT value FROM state WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** Saves a small value (e.g. the resume point) and commits at once, so a power cut keeps it. */
    public synchronized void putState(String key, String value) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            throw rolledBack(e);
        }
    }

    public synchronized void commit() throws SQLException {
        try {
            db.commit();
        } catch (SQLException e) {
            throw rolledBack(e);
        }
    }

    /** Ends the failed transaction, so the next one starts from the file as it is now. */
    private SQLException rolledBack(SQLException e) {
        try {
            db.rollback();
        } catch (SQLException again) {
            e.addSuppressed(again);
        }
        return e;
    }

    @Override
    public synchronized void close() throws SQLException {
        if (!db.isClosed()) {
            db.commit();
            db.close();
        }
    }

    private void delete(String table, Path file) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("DELETE FROM " + table + " WHERE path = ?")) {
            s.setString(1, file.toString());
            s.executeUpdate();
        }
    }

    /** Paths under a folder sort between "folder/" and "folder0" ('0' follows '/'). */
    private static void bindUnder(PreparedStatement s, Path root, int first) throws SQLException {
        String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
        s.setString(first, prefix);
        s.setString(first + 1, prefix.substring(0, prefix.length() - 1) + "0");
    }
}
