package moodbox.config;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings file {@code settings.json} in a config folder, and the one live {@link Settings} of the app.
 * Saving is atomic: write a temporary file, fsync it, keep the old file as {@code settings.json.previous}
 * (hard link) and rename the new one over it, so a power cut leaves either the old or the new settings.
 * On first start a random 6-digit PIN is generated. Files are readable by the owner only.
 *
 * <p>Reading forgives what a newer version or a person with an editor leaves: a UTF-8 byte order mark,
 * comments and trailing commas; fields this version does not know are kept (and written back on save) with
 * a warning in the log; a value that is not valid is ignored (its default used) and reported. Only a file
 * that cannot be read at all, or whose PIN is missing or invalid, is corrupt: it is kept as
 * {@code settings.json.corrupt}, the last good version is used, and {@link #problem()} says so on every
 * start until the settings are next saved. Opening never fails: when the folder is read-only or full the
 * box runs on the last good settings (or the factory ones) in memory, and {@link #problem()} says that too.
 */
public final class SettingsStore {
    public static final String FILE = "settings.json";
    private static final Logger log = LoggerFactory.getLogger(SettingsStore.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final ObjectMapper FILE_READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private final Path file;
    private final Path previous;
    private final Path corrupt;
    private final RandomGenerator random;
    private final List<Consumer<Settings>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> problemListeners = new CopyOnWriteArrayList<>();
    private volatile Settings current;
    /** Fields of the file this version does not know, kept as they were. */
    private ObjectNode unknown = SettingsJson.MAPPER.createObjectNode();
    /** What went wrong reading the file (corrupt, recovered, values ignored), until the next save. */
    private String loadProblem;
    /** Why the settings cannot be saved, while that is so. */
    private String saveProblem;

    /** Opens (or creates) the settings in {@code configDir}; never fails (see the class comment). */
    public SettingsStore(Path configDir, RandomGenerator random) {
        this.file = configDir.resolve(FILE);
        this.previous = configDir.resolve(FILE + ".previous");
        this.corrupt = configDir.resolve(FILE + ".corrupt");
        this.random = random;
        load(configDir);
    }

    /** Opens (or creates) the settings in {@code configDir} with a secure random PIN generator. */
    public static SettingsStore open(Path configDir) {
        return new SettingsStore(configDir, new SecureRandom());
    }

    /** {@code $XDG_CONFIG_HOME/moodbox}, or {@code ~/.config/moodbox}: the folder used when no {@code --config-dir} is given. */
    public static Path defaultDir() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("moodbox");
    }

    public Settings current() {
        return current;
    }

    public Path file() {
        return file;
    }

    /**
     * What the owner should know about the settings, if anything: the file was corrupt (and what was used
     * instead), values were ignored, or the settings cannot be saved and live only in memory.
     */
    public synchronized Optional<String> problem() {
        if (loadProblem == null && saveProblem == null) {
            return Optional.empty();
        }
        return Optional.of(loadProblem == null ? saveProblem : saveProblem == null ? loadProblem : loadProblem + "; " + saveProblem);
    }

    /** Called when {@link #problem()} may have changed (a save failed, or succeeded after a problem), on the changing thread. */
    public void onProblem(Runnable listener) {
        problemListeners.add(listener);
    }

    /** Called with the new settings after every successful change, on the changing thread. */
    public void onChange(Consumer<Settings> listener) {
        listeners.add(listener);
    }

    /**
     * Applies a JSON object of changed fields; on a bad field nothing is saved and nothing changes. When the
     * file cannot be written (disk full, read-only) it throws an {@code IOException} that says so, and
     * nothing changes either. A save ends the notice about an earlier corrupt file (the owner has now seen
     * and saved the settings; the broken file stays as {@code settings.json.corrupt.seen}).
     */
    public Settings update(JsonNode changes) throws IOException {
        Settings next;
        boolean hadProblem;
        IOException failed = null;
        synchronized (this) {
            next = SettingsJson.apply(current, changes);
            hadProblem = loadProblem != null || saveProblem != null;
            try {
                write(next, true);
                current = next;
                saveProblem = null;
                if (loadProblem != null) {
                    loadProblem = null;
                    dismissCorruptFile();
                }
            } catch (IOException e) {
                saveProblem = cannotSave(e);
                failed = new IOException("the settings could not be saved (" + reason(e) + "); nothing changed", e);
            }
        }
        if (failed != null) {
            problemListeners.forEach(Runnable::run);
            throw failed;
        }
        if (hadProblem) {
            problemListeners.forEach(Runnable::run);
        }
        for (Consumer<Settings> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                log.error("a settings listener failed", e);
            }
        }
        return next;
    }

    private synchronized void load(Path configDir) {
        try {
            if (!Files.isDirectory(configDir)) {
                Files.createDirectories(configDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException e) {
            saveProblem = cannotSave(e);
        }
        boolean fromFile = false;
        if (Files.exists(file)) {
            try {
                use(read(file), file);
                fromFile = true;
                ownerOnly();
            } catch (IOException | IllegalArgumentException e) {
                loadProblem = file + " is corrupt (" + reason(e) + ")" + keepCorruptCopy();
            }
        }
        if (!fromFile && Files.exists(previous)) {
            try {
                use(read(previous), previous);
                loadProblem = (loadProblem == null ? file + " was missing" : loadProblem) + "; using the previous good settings";
            } catch (IOException | IllegalArgumentException e) {
                loadProblem = (loadProblem == null ? "" : loadProblem + "; ") + previous + " is corrupt too (" + reason(e) + ")";
            }
        }
        if (current == null) {
            current = Settings.defaults(String.format("%06d", random.nextInt(1_000_000)));
            if (loadProblem != null) {
                loadProblem += "; using factory settings with a new PIN";
            }
        }
        if (loadProblem == null && fromFile && Files.exists(corrupt)) {
            loadProblem = earlierCorruptFile();
        }
        if (loadProblem != null) {
            log.error("settings: {}", loadProblem);
        }
        if (!fromFile && saveProblem == null) {
            try {
                write(current, false);
            } catch (IOException e) {
                saveProblem = cannotSave(e);
            }
        }
        if (saveProblem == null && !Files.isWritable(configDir)) {
            saveProblem = "the settings folder " + configDir + " is read-only: changes cannot be saved";
        }
        if (saveProblem != null) {
            log.error("settings: {}", saveProblem);
        }
    }

    private void use(FileContents contents, Path from) {
        current = contents.settings();
        unknown = contents.unknown();
        if (!unknown.isEmpty()) {
            log.warn("{} has settings this version does not know ({}); keeping them as they are",
                    from, String.join(", ", (Iterable<String>) unknown::fieldNames));
        }
        if (!contents.ignored().isEmpty()) {
            loadProblem = (loadProblem == null ? "" : loadProblem + "; ") + from + ": " + String.join("; ", contents.ignored());
        }
    }

    private void ownerOnly() {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn("{} was readable by others; making it readable by its owner only", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException e) {
            log.warn("cannot make {} readable by its owner only: {}", file, reason(e));
        }
    }

    private String keepCorruptCopy() {
        try {
            Files.copy(file, corrupt, StandardCopyOption.REPLACE_EXISTING);
            return "; kept it as " + FILE + ".corrupt";
        } catch (IOException e) {
            return "; could not keep a copy as " + FILE + ".corrupt (" + reason(e) + ")";
        }
    }

    /** The notice repeated at later starts, while the corrupt copy is there and the settings were not saved since. */
    private String earlierCorruptFile() {
        String why;
        try {
            read(corrupt);
            why = "";
        } catch (IOException | IllegalArgumentException e) {
            why = " (" + reason(e) + ")";
        }
        return "an earlier " + FILE + " was corrupt" + why + " and was replaced by the last good settings; it is kept as "
                + corrupt + ". Check the settings and save them to clear this notice";
    }

    private void dismissCorruptFile() {
        try {
            if (Files.exists(corrupt)) {
                Files.move(corrupt, corrupt.resolveSibling(FILE + ".corrupt.seen"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("cannot rename {}: {}", corrupt, reason(e));
        }
    }

    private String cannotSave(IOException e) {
        return "the settings cannot be saved in " + file.getParent() + " (" + reason(e) + "): the box runs on the settings"
                + " shown, kept in memory only; free space on the disk or make the folder writable, then restart";
    }

    /** The system's words for an IO failure ("No space left on device"), with the file it concerns. */
    private static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** A file's settings, the fields this version does not know, and the values it had to ignore (why). */
    private record FileContents(Settings settings, ObjectNode unknown, List<String> ignored) {
    }

    private static FileContents read(Path path) throws IOException {
        String text = Files.readString(path);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark, as some editors write
        }
        JsonNode node = FILE_READER.readTree(text);
        InvalidSettingException.check(node != null && node.isObject(), "", "not a JSON object");
        InvalidSettingException.check(node.has("pin"), "pin", "pin is missing");
        ObjectNode known = SettingsJson.MAPPER.createObjectNode();
        ObjectNode unknown = SettingsJson.MAPPER.createObjectNode();
        node.fields().forEachRemaining(f -> (SettingsJson.FIELDS.contains(f.getKey()) ? known : unknown).set(f.getKey(), f.getValue()));
        Settings base = SettingsJson.apply(Settings.defaults("000000"), SettingsJson.MAPPER.createObjectNode().set("pin", known.get("pin")));
        List<String> ignored = new ArrayList<>();
        while (true) {
            try {
                return new FileContents(SettingsJson.apply(base, known), unknown, ignored);
            } catch (InvalidSettingException e) {
                String field = e.field().contains(".") ? e.field().substring(0, e.field().indexOf('.')) : e.field();
                if (field.isEmpty() || field.equals("pin") || !known.has(field)) {
                    throw e;
                }
                known.remove(field);
                ignored.add(e.getMessage() + " (ignored: " + field + " is at its default)");
            }
        }
    }

    private void write(Settings settings, boolean keepPrevious) throws IOException {
        ObjectNode json = unknown.deepCopy().setAll(SettingsJson.toJson(settings, true));
        byte[] bytes = SettingsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(bytes));
            out.force(true);
        }
        if (keepPrevious && Files.exists(file)) {
            Files.deleteIfExists(previous);
            Files.createLink(previous, file);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
