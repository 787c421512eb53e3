package moodbox.music.library;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import moodbox.music.AudioFeatures;
import moodbox.music.Mood;
import moodbox.music.MoodSource;
import moodbox.music.MoodVocabulary;
import moodbox.music.Track;
import moodbox.music.analysis.AudioAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans one folder (a stick) into the index: a tag pass over new or changed files, then an analysis
 * pass over files not yet analysed. Streams through the folder, so memory does not grow with its size.
 * Stops early, leaving the index consistent, when the thread is interrupted (e.g. the stick was pulled).
 */
public final class LibraryScanner {
    public static final Set<String> EXTENSIONS = Set.of("mp3", "ogg", "oga", "flac", "wav");
    private static final Logger LOG = LoggerFactory.getLogger(LibraryScanner.class);
    private static final int COMMIT_EVERY = 200;

    private final TrackIndex index;
    private final TagReader tags;
    private final AudioAnalyzer analyzer;
    private final MoodVocabulary vocabulary;

    public LibraryScanner(TrackIndex index, TagReader tags, AudioAnalyzer analyzer, MoodVocabulary vocabulary) {
        this.index = index;
        this.tags = tags;
        this.analyzer = analyzer;
        this.vocabulary = vocabulary;
    }

    public ScanReport scan(Path root, boolean analyse, ScanListener listener) throws IOException, SQLException {
        long scanId = System.nanoTime();
        int[] counts = new int[4]; // files, changed, unchanged, problems
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                return hidden || Thread.currentThread().isInterrupted() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && isMusic(file)) {
                    try {
                        if (nameReadable(file, attrs, scanId)) {
                            indexFile(root, file, attrs, scanId, counts);
                        }
                    } catch (SQLException e) {
                        throw new IOException("index write failed: " + e.getMessage(), e);
                    }
                    if (++counts[0] % COMMIT_EVERY == 0) {
                        commit();
                        listener.progress(ScanListener.Phase.TAGS, counts[0], -1);
                    }
                }
                return Thread.currentThread().isInterrupted() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                LOG.warn("cannot read {}: {}", file, e.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        int removed = Thread.currentThread().isInterrupted() ? 0 : index.removeUnseen(root, scanId);
        index.commit();
        listener.progress(ScanListener.Phase.TAGS, counts[0], counts[0]);
        int analysed = analyse ? analyseAll(root, listener) : 0;
        int problems = index.problems(root).size();
        listener.progress(ScanListener.Phase.DONE, counts[0], counts[0]);
        return new ScanReport(counts[0], counts[1], counts[2], removed, analysed, problems);
    }

    /**
     * Whether the file's name survives the round trip through a string (the index keeps paths as text). A name
     * whose bytes are not valid UTF-8 (a stick written with another character set) does not: it is recorded as
     * a problem with what to do. Without a UTF-8 locale no name beyond ASCII does, and none could be recorded.
     */
    private boolean nameReadable(Path file, BasicFileAttributes attrs, long scanId) throws SQLException {
        String name = file.toString();
        try {
            if (Path.of(name).equals(file)) {
                return true;
            }
            index.putProblem(file, attrs.size(), attrs.lastModifiedTime().toMillis(), scanId,
                    "the file name is not valid UTF-8 (written in another character set): rename the file on a computer");
        } catch (InvalidPathException e) {
            LOG.warn("skipped {}: names beyond ASCII cannot be read without a UTF-8 locale (start with LANG=C.UTF-8)", name);
        }
        return false;
    }

    private void indexFile(Path root, Path file, BasicFileAttributes attrs, long scanId, int[] counts) throws SQLException {
        long size = attrs.size();
        long mtime = attrs.lastModifiedTime().toMillis();
        if (index.touchIfUnchanged(file, size, mtime, scanId)) {
            counts[2]++;
            return;
        }
        counts[1]++;
        try {
            TrackTags read = tags.read(file);
            Optional<Mood> folder = vocabulary.fromFolders(root, file);
            Optional<Mood> tagged = vocabulary.fromTags(read.mood(), read.genre());
            MoodSource source = folder.isPresent() ? MoodSource.FOLDER : MoodSource.TAGS;
            index.putTags(file, size, mtime, scanId, read, folder.isPresent() ? folder : tagged, source);
        } catch (TrackProblem e) {
            index.putProblem(file, size, mtime, scanId, e.getMessage());
        }
    }

    /** Analyses every file under root that waits for it; returns how many were analysed. */
    public int analyseAll(Path root, ScanListener listener) throws SQLException {
        int done = 0;
        int total = index.pendingAnalysis(root, Integer.MAX_VALUE).size();
        List<Path> batch;
        while (!Thread.currentThread().isInterrupted() && !(batch = index.pendingAnalysis(root, 20)).isEmpty()) {
            for (Path file : batch) {
                analyseOne(file);
                listener.progress(ScanListener.Phase.ANALYSIS, ++done, total);
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
            }
            index.commit();
        }
        return done;
    }

    private void analyseOne(Path file) throws SQLException {
        long expectedMs = index.track(file).map(Track::durationMs).orElse(0L);
        try {
            AudioFeatures features = analyzer.analyse(file);
            double expected = Math.min(expectedMs / 1000.0, analyzer.maxSeconds());
            if (features.secondsAnalysed() < 0.9 * expected - 0.5) {
                index.demote(file, String.format(Locale.ROOT, "truncated: the header says %.1f s but only %.1f s decode",
                        expectedMs / 1000.0, features.secondsAnalysed()));
            } else {
                index.putAnalysis(file, features);
            }
        } catch (Exception | LinkageError e) {
            index.demote(file, "cannot decode the audio (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private void commit() throws IOException {
        try {
            index.commit();
        } catch (SQLException e) {
            throw new IOException("index commit failed: " + e.getMessage(), e);
        }
    }

    public static boolean isMusic(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
