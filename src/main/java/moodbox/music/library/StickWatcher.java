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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices music sticks. A stick is a mount point below a mount place ({@code /media/USER/LABEL},
 * {@code /run/media/USER/LABEL}, {@code /mnt/NAME}) whose device is a removable drive (see
 * {@link RemovableDrives}), or a folder in our own mount folder ({@code /media/moodbox/DEVICE}, where the udev
 * rule mounts USB drives) or a music folder from the settings, that is a mount point or holds anything. A
 * system disk mounted under {@code /mnt}, or a folder that merely holds files there, is no stick. The mount
 * places are watched for quick notice, and everything is polled too, because bind and fstab mounts onto
 * existing folders fire no file event.
 */
public final class StickWatcher implements AutoCloseable {
    /**
     * A place where sticks are mounted: folders exactly {@code depth} levels below {@code base} (0: base itself).
     * With {@code anyFolder} such a folder counts when it is a mount point or holds anything (our own mount
     * folder, the settings' music folders); otherwise only mount points below {@code base} on a removable drive do.
     */
    public record MountPlace(Path base, int depth, boolean anyFolder) {
        /** A place where only removable drives count. */
        public MountPlace(Path base, int depth) {
            this(base, depth, false);
        }

        /** Our own mount folder: each folder in it is a stick as soon as it holds something. */
        public static MountPlace ownMounts(Path folder) {
            return new MountPlace(folder, 1, true);
        }
    }

    /** The given places plus each music folder from the settings that is not already one of their bases. */
    public static List<MountPlace> placesWith(List<MountPlace> places, List<Path> musicFolders) {
        List<MountPlace> all = new ArrayList<>(places);
        for (Path folder : musicFolders) {
            Path normal = folder.toAbsolutePath().normalize();
            if (places.stream().noneMatch(p -> p.base().equals(normal))) {
                all.add(new MountPlace(normal, 0, true));
            }
        }
        return all;
    }

    /** Where the udev rule in {@code systemd/} mounts USB drives. */
    public static final Path OWN_MOUNT_FOLDER = Path.of("/media/moodbox");
    public static final List<MountPlace> STANDARD_PLACES = List.of(MountPlace.ownMounts(OWN_MOUNT_FOLDER),
            new MountPlace(Path.of("/media"), 2), new MountPlace(Path.of("/run/media"), 2), new MountPlace(Path.of("/mnt"), 1));
    private static final Logger LOG = LoggerFactory.getLogger(StickWatcher.class);

    private final Path mountsFile;
    private final RemovableDrives drives;
    private final List<MountPlace> places;
    private final Set<Path> present = new LinkedHashSet<>();
    private final Set<Path> refused = new HashSet<>();
    private Thread thread;

    /** Reads the machine's own {@code /sys}. */
    public StickWatcher(Path mountsFile, List<MountPlace> places) {
        this(mountsFile, Path.of("/sys"), places);
    }

    public StickWatcher(Path mountsFile, Path sysfs, List<MountPlace> places) {
        this.mountsFile = mountsFile;
        this.drives = new RemovableDrives(sysfs);
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
        Map<Path, String> mounts = MountsFile.mounts(mountsFile);
        Set<Path> found = new LinkedHashSet<>();
        for (MountPlace place : places) {
            if (place.anyFolder()) {
                for (Path dir : foldersAt(place.base(), place.depth())) {
                    if (mounts.containsKey(dir) || hasEntries(dir)) {
                        found.add(dir);
                    }
                }
                continue;
            }
            for (Map.Entry<Path, String> mount : mounts.entrySet()) {
                Path point = mount.getKey();
                if (point.startsWith(place.base()) && !point.equals(place.base()) && Files.isDirectory(point)) {
                    if (drives.isRemovable(mount.getValue())) {
                        found.add(point);
                    } else if (refused.add(point)) {
                        LOG.info("not a music stick: {} ({} is no removable drive)", point, mount.getValue());
                    }
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
