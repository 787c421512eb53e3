package moodbox.household;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;
import moodbox.training.ImageFolderReader;
import moodbox.training.ImageFolderWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The household's corrected looks, kept only on the box, in {@code <state folder>/corrections/}: one folder per
 * look ({@code look.json} and its face crops as {@code 0.png}, {@code 1.png}, …), never uploaded. At most
 * {@link #MAX_LOOKS} looks of at most {@link #MAX_FACES_PER_LOOK} crops are kept (about 2 KB a crop, so under
 * 4 MB); the oldest look is dropped when a new one would pass the cap. A look is written into a temporary
 * folder and renamed into place, so a read-only or full disk leaves every look saved before untouched and the
 * failure is reported as a {@link CorrectionStoreException} that says what to do. {@link #export} writes the
 * crops in the layout {@code moodbox adapt --data} reads.
 */
public final class CorrectionStore {
    public static final int MAX_LOOKS = 200;
    public static final int MAX_FACES_PER_LOOK = moodbox.state.MoodReading.MAX_FACES;
    static final String LOOK_FILE = "look.json";
    private static final String TEMPORARY = ".incoming-";
    private static final Logger LOG = LoggerFactory.getLogger(CorrectionStore.class);

    private final Path dir;
    private final int maxLooks;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private long sequence;

    /** The store in {@code stateDir/corrections} with the default cap. */
    public static CorrectionStore in(Path stateDir) {
        return new CorrectionStore(stateDir.resolve("corrections"), MAX_LOOKS, Clock.systemUTC());
    }

    CorrectionStore(Path dir, int maxLooks, Clock clock) {
        if (maxLooks < 1) {
            throw new IllegalArgumentException("the store must keep at least one look");
        }
        this.dir = dir;
        this.maxLooks = maxLooks;
        this.clock = clock;
    }

    public Path folder() {
        return dir;
    }

    /**
     * Saves a corrected look (its first {@link #MAX_FACES_PER_LOOK} crops) and drops the oldest looks beyond the
     * cap; returns what was saved.
     */
    public synchronized Correction add(Emotion shown, Emotion corrected, List<GrayImage> faces) throws CorrectionStoreException {
        Instant now = clock.instant();
        List<GrayImage> kept = faces.size() > MAX_FACES_PER_LOOK ? faces.subList(0, MAX_FACES_PER_LOOK) : faces;
        String id = String.format("%013d-%04d", now.toEpochMilli(), sequence++ % 10_000);
        Correction correction = new Correction(id, now, shown, corrected, kept);
        Path temporary = dir.resolve(TEMPORARY + id);
        try {
            Files.createDirectories(dir);
            Files.createDirectories(temporary);
            for (int i = 0; i < kept.size(); i++) {
                ImageFolderWriter.writePng(kept.get(i), temporary.resolve(i + ".png"));
            }
            ObjectNode look = json.createObjectNode();
            look.put("time", now.toString());
            look.put("shown", shown.label());
            look.put("corrected", corrected.label());
            look.put("faces", kept.size());
            json.writerWithDefaultPrettyPrinter().writeValue(temporary.resolve(LOOK_FILE).toFile(), look);
            Files.move(temporary, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new CorrectionStoreException("the correction could not be saved: " + reason(e)
                    + ". The corrections saved before are kept; free some space on the box's disk or make "
                    + dir + " writable, then correct again", e);
        }
        dropBeyondCap();
        return correction;
    }

    /** Every saved look, oldest first; a look whose files are damaged is left out (and logged), never deleted. */
    public synchronized List<Correction> all() throws CorrectionStoreException {
        List<Correction> looks = new ArrayList<>();
        for (Path look : lookFolders()) {
            try {
                looks.add(read(look));
            } catch (IOException | RuntimeException e) {
                LOG.warn("skipping the damaged correction {}: {}", look, e.getMessage());
            }
        }
        return looks;
    }

    public synchronized int size() throws CorrectionStoreException {
        return lookFolders().size();
    }

    /** Deletes every saved look; returns how many there were. */
    public synchronized int forgetAll() throws CorrectionStoreException {
        List<Path> looks = lookFolders();
        try {
            for (Path look : looks) {
                Folders.deleteRecursively(look);
            }
            if (Files.isDirectory(dir)) {
                try (Stream<Path> leftovers = Files.list(dir)) {
                    for (Path p : leftovers.filter(p -> p.getFileName().toString().startsWith(TEMPORARY)).toList()) {
                        Folders.deleteRecursively(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new CorrectionStoreException("the corrections could not all be forgotten: " + reason(e)
                    + ". Make " + dir + " writable and forget them again", e);
        }
        return looks.size();
    }

    /**
     * Writes the crops of {@code looks} as {@code out/<corrected emotion>/<look>-<n>.png}, the layout
     * {@code moodbox adapt --data} reads; returns the number of faces written.
     */
    public static int export(List<Correction> looks, Path out) throws IOException {
        int written = 0;
        for (Correction look : looks) {
            for (int i = 0; i < look.faces().size(); i++) {
                ImageFolderWriter.write(out, look.corrected(), look.id() + "-" + i, look.faces().get(i));
                written++;
            }
        }
        return written;
    }

    private void dropBeyondCap() throws CorrectionStoreException {
        List<Path> looks = lookFolders();
        for (int i = 0; i < looks.size() - maxLooks; i++) {
            try {
                Folders.deleteRecursively(looks.get(i));
            } catch (IOException e) {
                LOG.warn("could not drop the old correction {}: {}", looks.get(i), reason(e));
            }
        }
    }

    /** The saved looks' folders, oldest first (their names start with the time). */
    private List<Path> lookFolders() throws CorrectionStoreException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> !p.getFileName().toString().startsWith(TEMPORARY))
                    .filter(p -> Files.isRegularFile(p.resolve(LOOK_FILE)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new CorrectionStoreException("the corrections in " + dir + " cannot be read: " + reason(e), e);
        }
    }

    private Correction read(Path look) throws IOException {
        JsonNode node = json.readTree(look.resolve(LOOK_FILE).toFile());
        int count = node.get("faces").asInt();
        List<GrayImage> faces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            faces.add(ImageFolderReader.readGray48(look.resolve(i + ".png")));
        }
        return new Correction(look.getFileName().toString(), Instant.parse(node.get("time").asText()),
                Emotion.fromLabel(node.get("shown").asText()), Emotion.fromLabel(node.get("corrected").asText()), faces);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + e.getMessage();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        return String.valueOf(e.getMessage());
    }

    private static void deleteQuietly(Path path) {
        try {
            Folders.deleteRecursively(path);
        } catch (IOException e) {
            LOG.debug("could not remove {}: {}", path, e.getMessage());
        }
    }

}
