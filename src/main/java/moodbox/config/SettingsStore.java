package moodbox.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
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
 * A corrupt file is reported ({@link #problem()}), kept as {@code settings.json.corrupt} and the last good
 * version is used. On first start a random 6-digit PIN is generated. Files are readable by the owner only.
 */
public final class SettingsStore {
    public static final String FILE = "settings.json";
    private static final Logger log = LoggerFactory.getLogger(SettingsStore.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Path previous;
    private final RandomGenerator random;
    private final List<Consumer<Settings>> listeners = new CopyOnWriteArrayList<>();
    private volatile Settings current;
    private String problem;

    public SettingsStore(Path configDir, RandomGenerator random) throws IOException {
        this.file = configDir.resolve(FILE);
        this.previous = configDir.resolve(FILE + ".previous");
        this.random = random;
        if (!Files.isDirectory(configDir)) {
            Files.createDirectories(configDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        load();
    }

    /** Opens (or creates) the settings in {@code configDir} with a secure random PIN generator. */
    public static SettingsStore open(Path configDir) throws IOException {
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

    /** What went wrong loading the file (corrupt, recovered from the previous version), if anything. */
    public synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Called with the new settings after every successful change, on the changing thread. */
    public void onChange(Consumer<Settings> listener) {
        listeners.add(listener);
    }

    /** Applies a JSON object of changed fields; on a bad field nothing is saved and nothing changes. */
    public Settings update(JsonNode changes) throws IOException {
        Settings next;
        synchronized (this) {
            next = SettingsJson.apply(current, changes);
            write(next, true);
            current = next;
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

    private synchronized void load() throws IOException {
        if (Files.exists(file)) {
            try {
                current = read(file);
                if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                    log.warn("{} was readable by others; making it readable by its owner only", file);
                    Files.setPosixFilePermissions(file, OWNER_ONLY);
                }
                return;
            } catch (IOException | IllegalArgumentException e) {
                problem = file + " is corrupt (" + e.getMessage() + "); kept it as " + FILE + ".corrupt";
                Files.copy(file, file.resolveSibling(FILE + ".corrupt"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (Files.exists(previous)) {
            try {
                current = read(previous);
                problem = (problem == null ? file + " was missing" : problem) + "; using the previous good settings";
            } catch (IOException | IllegalArgumentException e) {
                problem = (problem == null ? "" : problem + "; ") + previous + " is corrupt too (" + e.getMessage() + ")";
            }
        }
        if (current == null) {
            current = Settings.defaults(String.format("%06d", random.nextInt(1_000_000)));
            if (problem != null) {
                problem += "; using factory settings with a new PIN";
            }
        }
        if (problem != null) {
            log.error("settings: {}", problem);
        }
        write(current, false);
    }

    private static Settings read(Path path) throws IOException {
        JsonNode node = SettingsJson.MAPPER.readTree(Files.readString(path));
        InvalidSettingException.check(node != null && node.isObject(), "", "not a JSON object");
        InvalidSettingException.check(node.has("pin"), "pin", "pin is missing");
        return SettingsJson.apply(Settings.defaults("000000"), node);
    }

    private void write(Settings settings, boolean keepPrevious) throws IOException {
        byte[] bytes = SettingsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(SettingsJson.toJson(settings, true));
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
