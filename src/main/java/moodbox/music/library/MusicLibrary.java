package moodbox.music.library;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import moodbox.music.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appliance's music collection: sticks come and go (from the {@link StickWatcher}); each is scanned
 * and analysed in the background on one low-priority thread; tracks are served from the index. With no
 * music at all, the demo folder (when given) stands in.
 */
public final class MusicLibrary implements StickListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MusicLibrary.class);

    private final TrackIndex index;
    private final LibraryScanner scanner;
    private final StickWatcher watcher;
    private final Path demoRoot;
    private final Set<Path> roots = new LinkedHashSet<>();
    private final Map<Path, Future<?>> scans = new ConcurrentHashMap<>();
    private final List<LibraryListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "moodbox-library-scan");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private volatile LibraryStatus status = new LibraryStatus(LibraryStatus.State.NO_MUSIC, List.of(), 0, 0, 0, 0, false, "");
    private volatile String failure = "";

    /** @param demoRoot folder of demo clips to use when no stick has music, or null for none */
    public MusicLibrary(TrackIndex index, LibraryScanner scanner, StickWatcher watcher, Path demoRoot) {
        this.index = index;
        this.scanner = scanner;
        this.watcher = watcher;
        this.demoRoot = demoRoot;
    }

    public void addListener(LibraryListener listener) {
        listeners.add(listener);
    }

    /** Starts watching for sticks (and scans the demo folder, so it is ready when needed). */
    public void start(Duration pollPeriod) {
        if (demoRoot != null) {
            run(demoRoot, newScan(demoRoot));
        }
        watcher.start(this, pollPeriod);
    }

    /**
     * A stick (or folder) to scan: the status says "scanning" before the scan can finish, and the scan forgets
     * only its own entry, so a quick or failing scan never leaves the status stuck at "scanning". Listeners
     * are told outside the library's lock (they may call back into it from other locks).
     */
    @Override
    public void added(Path root) {
        FutureTask<Void> scan;
        synchronized (this) {
            roots.add(root);
            failure = "";
            scan = newScan(root);
        }
        publish(LibraryStatus.State.SCANNING, 0, -1);
        run(root, scan);
    }

    private FutureTask<Void> newScan(Path root) {
        List<FutureTask<Void>> self = new ArrayList<>(1);
        FutureTask<Void> scan = new FutureTask<>(() -> scan(root, self.get(0)), null);
        self.add(scan);
        scans.put(root, scan);
        return scan;
    }

    private void run(Path root, FutureTask<Void> scan) {
        try {
            worker.execute(scan);
        } catch (RejectedExecutionException e) {
            scans.remove(root, scan); // closed meanwhile
        }
    }

    @Override
    public void removed(Path root) {
        synchronized (this) {
            roots.remove(root);
            Future<?> scan = scans.remove(root);
            if (scan != null) {
                scan.cancel(true);
            }
        }
        listeners.forEach(l -> l.rootRemoved(root));
        publish(null, 0, 0);
    }

    private void scan(Path root, Future<?> self) {
        try {
            scanner.scan(root, true, (phase, done, total) -> publish(switch (phase) {
                case TAGS -> LibraryStatus.State.SCANNING;
                case ANALYSIS -> LibraryStatus.State.ANALYSING;
                case DONE -> null;
            }, done, total));
        } catch (Exception e) {
            if (!Thread.currentThread().isInterrupted()) {
                LOG.error("scan of {} failed: {}", root, e.getMessage(), e);
                failure = "the scan of " + root + " failed: " + e.getMessage();
            }
        } finally {
            scans.remove(root, self);
            publish(null, 0, 0);
        }
    }

    /** The roots whose music is in use: the sticks, or the demo folder when no stick has any music. */
    public synchronized List<Path> activeRoots() {
        List<Path> sticks = new ArrayList<>(roots);
        return demoRoot == null || count(sticks) > 0 ? sticks : List.of(demoRoot);
    }

    /** Playable tracks in the active roots. */
    public List<Track> tracks() {
        return tracksUnder(activeRoots());
    }

    private List<Track> tracksUnder(List<Path> where) {
        try {
            return index.tracks(where);
        } catch (SQLException e) {
            LOG.error("cannot read the library index: {}", e.getMessage());
            return List.of();
        }
    }

    private int count(List<Path> where) {
        try {
            return index.countTracks(where);
        } catch (SQLException e) {
            LOG.error("cannot read the library index: {}", e.getMessage());
            return 0;
        }
    }

    /** The files in the active roots that the scans could not use, with the reasons. */
    public List<IndexedProblem> problems() {
        List<IndexedProblem> all = new ArrayList<>();
        for (Path root : activeRoots()) {
            try {
                all.addAll(index.problems(root));
            } catch (SQLException e) {
                LOG.warn("cannot list problems: {}", e.getMessage());
            }
        }
        return all;
    }

    public LibraryStatus status() {
        return status;
    }

    /** Recomputes the status; a null state means "scanning if a scan runs, else ready or no music". */
    private void publish(LibraryStatus.State busy, int done, int total) {
        List<Path> active = activeRoots();
        int tracks = count(active);
        int problems = 0;
        for (Path root : active) {
            try {
                problems += index.problems(root).size();
            } catch (SQLException e) {
                LOG.warn("cannot count problems: {}", e.getMessage());
            }
        }
        boolean stickScanRunning = scans.keySet().stream().anyMatch(r -> !r.equals(demoRoot));
        LibraryStatus.State state = busy != null ? busy
                : stickScanRunning ? LibraryStatus.State.SCANNING
                : tracks == 0 ? LibraryStatus.State.NO_MUSIC : LibraryStatus.State.READY;
        boolean demo = demoRoot != null && active.equals(List.of(demoRoot));
        status = new LibraryStatus(state, active, done, total, tracks, problems, demo, failure);
        listeners.forEach(l -> l.libraryChanged(status));
    }

    /** Stops watching and scanning, waiting briefly for a running scan to leave the index consistent. */
    @Override
    public void close() {
        watcher.close();
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("the library scan did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
