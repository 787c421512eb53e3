package moodbox.music.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import moodbox.cli.Args;
import moodbox.music.AudioFeatures;
import moodbox.music.Mood;
import moodbox.music.MoodSource;
import moodbox.music.MoodVocabulary;
import moodbox.music.analysis.AudioAnalyzer;
import moodbox.music.demo.ClipSynth;
import moodbox.music.demo.DemoLibrary;
import moodbox.music.library.LibraryScanner;
import moodbox.music.library.TagReader;
import moodbox.music.library.TrackIndex;
import moodbox.music.library.TrackTags;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;

/**
 * Measures the library's targets: tag-scan speed on a warm disk, heap while scanning, index size for
 * 10,000 tracks, and analysis speed (audio seconds per CPU second on one thread).
 */
final class BenchSubcommand {
    private final Map<String, Object> figures = new LinkedHashMap<>();

    int run(Args args, List<String> words) throws Exception {
        int tracks = args.intOption("--tracks", 2000);
        String dir = args.option("--dir", null);
        String workOption = args.option("--work", null);
        Path work = workOption != null ? Path.of(workOption) : Files.createTempDirectory("moodbox-bench");
        args.rejectUnknown();
        if (!words.isEmpty() || tracks < 1) {
            throw new Args.UsageException("library bench takes only options, and --tracks must be at least 1");
        }
        TagReader.silenceLibraryLogging();
        Path audio = dir != null ? Path.of(dir) : new DemoLibrary(work).materialise();
        List<Path> files = musicFiles(audio);
        if (files.isEmpty()) {
            throw new Args.UsageException("no MP3, OGG, FLAC or WAV files in " + audio);
        }
        Path library = dir != null ? linkCopies(files, work.resolve("library"), tracks)
                : makeTaggedCopies(work.resolve("library"), tracks);
        benchTagScan(library, work.resolve("scan.db"));
        benchIndexSize(work.resolve("size.db"), 10_000);
        benchAnalysis(audio, files);
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        if (workOption == null) {
            deleteTree(work);
        }
        return 0;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static List<Path> musicFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(LibraryScanner::isMusic).sorted().toList();
        }
    }

    /** N names for the given files (hard links where the file system allows, else copies), ten per folder. */
    private static Path linkCopies(List<Path> files, Path library, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path source = files.get(i % files.size());
            String name = source.getFileName().toString();
            Path folder = Files.createDirectories(library.resolve(String.format("Album %03d – Ünïcödé", i / 10)));
            Path copy = folder.resolve(String.format("%02d %d %s", i % 10, i, name));
            if (!Files.exists(copy)) {
                try {
                    Files.createLink(copy, source.toAbsolutePath());
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(source, copy);
                }
            }
        }
        return library;
    }

    /** N names for one short tagged WAV (a synthesised demo clip), ten per folder. */
    private static Path makeTaggedCopies(Path library, int count) throws Exception {
        Path template = Files.createDirectories(library.resolveSibling("template")).resolve("sunny-steps.wav");
        DemoLibrary.writeWav(ClipSynth.render(DemoLibrary.RECIPES.get(0)), template);
        AudioFile file = AudioFileIO.read(template.toFile());
        Tag tag = file.getTagOrCreateAndSetDefault();
        tag.setField(FieldKey.TITLE, "Sunny Steps");
        tag.setField(FieldKey.ARTIST, "Moodbox Bench");
        tag.setField(FieldKey.GENRE, "Pop");
        file.commit();
        return linkCopies(List.of(template), library, count);
    }

    private void benchTagScan(Path library, Path db) throws Exception {
        Files.deleteIfExists(db);
        long[] heap = {Long.MAX_VALUE, 0};
        try (TrackIndex index = TrackIndex.open(db)) {
            LibraryScanner scanner = new LibraryScanner(index, new TagReader(), new AudioAnalyzer(120), new MoodVocabulary());
            try (Stream<Path> warm = Files.walk(library)) {
                warm.forEach(p -> p.toFile().length());
            }
            long start = System.nanoTime();
            int files = scanner.scan(library, false, (phase, done, total) -> sampleHeap(heap)).files();
            double seconds = (System.nanoTime() - start) / 1e9;
            figures.put("tagScanTracks", files);
            figures.put("tagScanTracksPerSecond", Math.round(files / seconds));
            start = System.nanoTime();
            scanner.scan(library, false, moodbox.music.library.ScanListener.NONE);
            figures.put("rescanUnchangedTracksPerSecond", Math.round(files / ((System.nanoTime() - start) / 1e9)));
        }
        figures.put("heapUsedWhileScanningMinMb", heap[0] / (1 << 20));
        figures.put("heapUsedWhileScanningMaxMb", heap[1] / (1 << 20));
    }

    private static void sampleHeap(long[] heap) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        heap[0] = Math.min(heap[0], used);
        heap[1] = Math.max(heap[1], used);
    }

    private void benchIndexSize(Path db, int count) throws Exception {
        Files.deleteIfExists(db);
        try (TrackIndex index = TrackIndex.open(db)) {
            AudioFeatures features = new AudioFeatures(121.5, -12.3, 1650, 0.12, 120);
            for (int i = 0; i < count; i++) {
                Path file = Path.of(String.format("/media/pi/MUSIC STICK/Artist %04d/Album %04d/%02d Some Song Title %d.mp3",
                        i / 100, i / 12, i % 12, i));
                TrackTags tags = new TrackTags("Some Song Title " + i, "Artist " + i / 100, "Album " + i / 12,
                        "Rock", "", 215_000, true);
                index.putTags(file, 5_000_000 + i, 1_700_000_000_000L + i, 1, tags, Optional.<Mood>empty(), MoodSource.TAGS);
                index.putAnalysis(file, features);
            }
            index.commit();
        }
        long bytes = 0;
        for (String suffix : List.of("", "-wal", "-shm")) {
            File f = new File(db + suffix);
            bytes += f.exists() ? f.length() : 0;
        }
        figures.put("indexTracks", count);
        figures.put("indexMegabytes", Math.round(bytes / 1e5) / 10.0);
    }

    private void benchAnalysis(Path audio, List<Path> files) throws Exception {
        AudioAnalyzer analyzer = new AudioAnalyzer(120);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double audioSeconds = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Map<String, double[]> perFormat = new java.util.TreeMap<>(); // extension -> audio s, CPU s
        for (Path file : files) {
            try {
                long fileCpu = threads.getCurrentThreadCpuTime();
                double seconds = analyzer.analyse(file).secondsAnalysed();
                audioSeconds += seconds;
                String ext = file.getFileName().toString().replaceAll(".*\\.", "").toLowerCase();
                double[] sums = perFormat.computeIfAbsent(ext, k -> new double[2]);
                sums[0] += seconds;
                sums[1] += (threads.getCurrentThreadCpuTime() - fileCpu) / 1e9;
            } catch (IOException | javax.sound.sampled.UnsupportedAudioFileException e) {
                figures.put("analysisSkipped " + file.getFileName(), e.getMessage());
            }
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        figures.put("analysisFolder", audio.toString());
        figures.put("analysisFiles", files.size());
        figures.put("analysisAudioSeconds", Math.round(audioSeconds));
        figures.put("analysisTimesRealTimeOneCpu", Math.round(audioSeconds / cpuSeconds));
        figures.put("analysisTimesRealTimeWall", Math.round(audioSeconds / wallSeconds));
        perFormat.forEach((ext, sums) -> figures.put("analysisTimesRealTimeOneCpu_" + ext, Math.round(sums[0] / sums[1])));
    }
}
