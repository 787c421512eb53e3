package moodbox.music.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices music sticks. A stick is a folder at a mount place ({@code /media/USER/LABEL},
 * {@code /run/media/USER/LABEL}, {@code /mnt/NAME}) or a music folder from the settings, that is a mount
 * point in the mounts file or holds anything. The mount places are watched for quick notice, and everything is polled
 * too, because bind and fstab mounts onto existing folders fire no file event.
 */
public final class StickWatcher implements AutoCloseable {
    /** A place where sticks are mounted: folders exactly {@code depth} levels below {@code base} (0: base itself). */
    public record MountPlace(Path base, int depth) {
    }

    /** The given places plus each music folder from the settings that is not already one of their bases. */
    public static List<MountPlace> placesWith(List<MountPlace> places, List<Path> musicFolders) {
        List<MountPlace> all = new ArrayList<>(places);
        for (Path folder : musicFolders) {
            Path normal = folder.toAbsolutePath().normalize();
            if (places.stream().noneMatch(p -> p.base().equals(normal))) {
                all.add(new MountPlace(normal, 0));
            }
        }
        return all;
    }

    public static final List<MountPlace> STANDARD_PLACES = List.of(
            new MountPlace(Path.of("/media"), 2), new MountPlace(Path.of("/run/media"), 2), new MountPlace(Path.of("/mnt"), 1));
    private static final Logger LOG = LoggerFactory.getLogger(StickWatcher.class);

    private final Path mountsFile;
    private final List<MountPlace> places;
    private final Set<Path> present = new LinkedHashSet<>();
    private Thread thread;

    public StickWatcher(Path mountsFile, List<MountPlace> places) {
        this.mountsFile = mountsFile;
        this.places = List.copyOf(places);
    }

    /** Looks once and tells the listener what appeared or disappeared since the last look. */
    public synchronized void poll(StickListener listener) {
        Set<Path> now = scanForSticks();
        for (Path gone : new ArrayList<>(present)) {
            if (!now.contains(gone)) {
                present.remove(gone);
                LOG.info("music removed: {}", gone);
                listener.removed(gone);
            }
        }
        for (Path root : now) {
            if (present.add(root)) {
                LOG.info("music found: {}", root);
                listener.added(root);
            }
        }
    }

    public synchronized Set<Path> present() {
        return Set.copyOf(present);
    }

    /** Polls every {@code period}, sooner when a mount place changes, on a daemon thread. */
    public synchronized void start(StickListener listener, Duration period) {
        thread = new Thread(() -> watchLoop(listener, period), "moodbox-stick-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watchLoop(StickListener listener, Duration period) {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            while (!Thread.currentThread().isInterrupted()) {
                poll(listener);
                registerPlaces(watch);
                var key = watch.poll(period.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    Thread.sleep(300); // let the mount settle before looking
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("stick watcher stopped: {}", e.getMessage(), e);
        }
    }

    private void registerPlaces(WatchService watch) {
        for (MountPlace place : places) {
            for (Path dir : foldersAt(place.base(), Math.max(0, place.depth() - 1))) {
                try {
                    dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
                } catch (IOException e) {
                    LOG.debug("cannot watch {}: {}", dir, e.getMessage());
                }
            }
        }
    }

    private Set<Path> scanForSticks() {
        Set<Path> mountPoints = MountsFile.mountPoints(mountsFile);
        Set<Path> found = new LinkedHashSet<>();
        for (MountPlace place : places) {
            for (Path dir : foldersAt(place.base(), place.depth())) {
                if (mountPoints.contains(dir) || hasEntries(dir)) {
                    found.add(dir);
                }
            }
            for (Path point : mountPoints) {
                if (place.depth() > 0 && point.startsWith(place.base()) && !point.equals(place.base()) && Files.isDirectory(point)) {
                    found.add(point);
                }
            }
        }
        return found;
    }

    private static List<Path> foldersAt(Path base, int depth) {
        List<Path> level = new ArrayList<>();
        if (Files.isDirectory(base)) {
            level.add(base);
        }
        for (int d = 0; d < depth; d++) {
            List<Path> next = new ArrayList<>();
            for (Path dir : level) {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
                    children.forEach(next::add);
                } catch (IOException e) {
                    LOG.debug("cannot list {}: {}", dir, e.getMessage());
                }
            }
            level = next;
        }
        return level;
    }

    private static boolean hasEntries(Path dir) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            return children.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }
}
