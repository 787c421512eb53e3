package moodbox.music.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import moodbox.cli.Args;
import moodbox.music.MoodVocabulary;
import moodbox.music.Track;
import moodbox.music.analysis.AudioAnalyzer;
import moodbox.music.library.IndexedProblem;
import moodbox.music.library.LibraryScanner;
import moodbox.music.library.ScanReport;
import moodbox.music.library.TagReader;
import moodbox.music.library.TrackIndex;

/** Scans a folder as if it were a stick, analyses every track, and prints tracks and problems. */
final class ScanSubcommand {
    int run(Args args, List<String> words) throws Exception {
        boolean json = args.flag("--json");
        String indexOption = args.option("--index", null);
        args.rejectUnknown();
        if (words.size() != 1) {
            throw new Args.UsageException("library scan needs exactly one folder");
        }
        Path root = Path.of(words.get(0)).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new Args.UsageException("no such folder: " + root);
        }
        Path indexFile = indexOption != null ? Path.of(indexOption) : Files.createTempFile("moodbox-index", ".db");
        try (TrackIndex index = TrackIndex.open(indexFile)) {
            LibraryScanner scanner = new LibraryScanner(index, new TagReader(), new AudioAnalyzer(120), new MoodVocabulary());
            ScanReport report = scanner.scan(root, true, (phase, done, total) -> { });
            print(json, index.tracks(List.of(root)), index.problems(root), report);
        } finally {
            if (indexOption == null) {
                deleteIndex(indexFile);
            }
        }
        return 0;
    }

    private static void print(boolean json, List<Track> tracks, List<IndexedProblem> problems, ScanReport report)
            throws IOException {
        if (json) {
            List<Map<String, Object>> trackList = new ArrayList<>();
            tracks.forEach(t -> trackList.add(TrackJson.of(t)));
            List<Map<String, Object>> errors = new ArrayList<>();
            for (IndexedProblem p : problems) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("path", p.path().toString());
                error.put("reason", p.reason());
                errors.add(error);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("tracks", trackList);
            out.put("errors", errors);
            System.out.println(new ObjectMapper().writeValueAsString(out));
            return;
        }
        for (Track t : tracks) {
            System.out.printf(Locale.ROOT, "%-9s %+.2f %+.2f %-8s %s%n", t.mood().label(), t.valence(), t.arousal(),
                    t.moodSource().label(), t.path());
        }
        for (IndexedProblem p : problems) {
            System.out.printf("skipped   %s: %s%n", p.path(), p.reason());
        }
        System.out.printf("%d tracks, %d skipped (%d files)%n", tracks.size(), problems.size(), report.files());
    }

    private static void deleteIndex(Path indexFile) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(indexFile + suffix));
        }
    }
}
