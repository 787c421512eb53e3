package moodbox.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import moodbox.cli.CommandLine;
import moodbox.config.MoodColours;
import moodbox.config.Settings;
import moodbox.config.SettingsStore;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.SwappableClassifier;
import moodbox.household.CorrectionsDesk;
import moodbox.engine.CameraLoop;
import moodbox.engine.CameraSlot;
import moodbox.engine.Engine;
import moodbox.engine.FaceFeed;
import moodbox.engine.MusicDeck;
import moodbox.engine.MusicSlot;
import moodbox.engine.Sighting;
import moodbox.hardware.LightsFollower;
import moodbox.hardware.PinMap;
import moodbox.hardware.pi4j.GpioUnavailableException;
import moodbox.mood.MoodSettings;
import moodbox.music.JukeboxDeck;
import moodbox.music.library.StickWatcher;
import moodbox.music.library.TrackIndex;
import moodbox.state.AppEvent.PartChanged;
import moodbox.state.AppEvent.WebReady;
import moodbox.state.AppStateHolder;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.state.WebAccess;
import moodbox.ui.PreviewFrame;
import moodbox.ui.ScreenActions;
import moodbox.ui.TerminalReport;
import moodbox.ui.fx.KioskWindow;
import moodbox.web.HistoryRecorder;
import moodbox.web.MoodHistory;
import moodbox.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wiring: the one place that chooses real or simulated parts and starts them in order — settings;
 * emotion model, music, camera and mood history opening in the background; LEDs and button; engine (the
 * first look begins); camera loop; settings page (on its own thread) and screen — each timed in the log by {@link Lifecycle}, which
 * closes them in reverse order on {@link #close()} or SIGTERM. A part
 * that fails is shown on screen and in the log and the rest runs on; only GPIO missing on a machine that is
 * not a Raspberry Pi (and no {@code --simulate}) stops the start, with a message that says what to do.
 */
public final class Appliance implements AutoCloseable {
    static final Path DEVICE_TREE_MODEL = Path.of("/proc/device-tree/model");
    private static final Duration TICK = Duration.ofMillis(250);
    private static final Duration BLINK_PER_LED = Duration.ofMillis(60);
    private static final Logger log = LoggerFactory.getLogger(Appliance.class);

    private final Lifecycle life = new Lifecycle();
    private final AppStateHolder holder = new AppStateHolder();
    private final Clock clock = Clock.systemUTC();
    private final CountDownLatch firstMood = new CountDownLatch(1);
    private volatile Hardware hardware;
    private volatile MusicDeck deck;
    private volatile LightsFollower follower;
    private Opening<EmotionClassifier> model;
    private Opening<TrackIndex> index;
    private CameraSlot cameraSlot;
    private MusicSlot musicSlot;
    private SettingsStore store;
    private volatile Running running;
    private volatile HouseholdParts household;

    private volatile KioskWindow window;
    private Engine engine;
    private SlowParts slow;

    /** What the box was started with, to tell which settings changes need a part restarted. */
    private record Running(RunOptions options, VisionParts vision, Settings settings, List<StickWatcher.MountPlace> places) {
    }

    private Appliance() {
    }

    /**
     * Starts every part; on a fatal error closes what was started and throws. {@code musicPlaces} are where
     * USB sticks are looked for (normally {@link StickWatcher#STANDARD_PLACES}).
     */
    static Appliance start(RunOptions options, PrintStream out, VisionParts vision, List<StickWatcher.MountPlace> musicPlaces)
            throws Exception {
        Appliance appliance = new Appliance();
        appliance.life.closeOnShutdown();
        try {
            appliance.startParts(options, out, vision, musicPlaces);
        } catch (Exception | Error e) {
            appliance.close();
            throw e;
        }
        return appliance;
    }

    AppStateHolder holder() {
        return holder;
    }

    /** The music deck the engine, the screen's controls and the page all play through. */
    MusicDeck deck() {
        return deck;
    }

    /** The live settings (the web page changes them through this store). */
    SettingsStore settings() {
        return store;
    }

    /** Waits until the first mood is decided (start-up measurement and tests); false on timeout. */
    boolean awaitFirstMood(Duration timeout) throws InterruptedException {
        return firstMood.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The slow parts (TensorFlow model, OpenCV and the camera, music, SQLite history) open on their own threads
     * while the rest starts; the first look begins before the model is ready (the first frame waits for it).
     */
    private void startParts(RunOptions o, PrintStream out, VisionParts vision, List<StickWatcher.MountPlace> places)
            throws Exception {
        holder.addListener(o.events() ? new EventLog(out, clock, o.simulate()) : new TerminalReport(out, clock, o.simulate()));
        long begin = System.nanoTime();
        store = SettingsStore.open(o.configDir());
        life.mark("settings", begin);
        publishSettingsHealth();
        store.onProblem(this::publishSettingsHealth);
        Settings settings = store.current();
        slow = new SlowParts(life, holder, clock, o);
        household = startHousehold(o, settings);
        model = life.inBackground("emotion model", () -> {
            SwappableClassifier loaded = slow.model(() -> household == null ? o.model() : household.activeModel());
            if (household != null && loaded != null) {
                household.modelLoaded(loaded);
            }
            return loaded;
        });
        index = life.inBackground("music index", slow::musicIndex);
        Opening<MusicDeck> music = life.inBackground("music", () -> slow.music(settings, places, index.join()));
        Opening<FaceFeed> camera = life.inBackground("camera", () -> slow.camera(settings, vision, model::join));
        Opening<HistoryRecorder> history = life.inBackground("mood history", slow::history);
        Thread blink = startHardware(o, settings);
        musicSlot = life.start("music", () -> new MusicSlot(music.take()));
        deck = musicSlot;
        blink.join();
        startEngine(o, settings, vision);
        HistoryRecorder recorder = history.join();
        holder.addListener(recorder);
        cameraSlot = life.start("camera", CameraSlot::new);
        FaceFeed feed = camera.take();
        if (feed != null) {
            cameraSlot.replace(new CameraLoop(feed, engine));
        }
        // Jetty loads some 400 classes: the page opens beside the screen rather than before it.
        background(() -> startWeb(o, store, recorder.history()));
        if (!o.headless()) {
            startScreen(o);
        }
        if (hardware != null && hardware.sim() != null) {
            life.start("simulated button presses", () -> new SimPresser(hardware.sim(), SimPresser.firstPress(o.duration())));
        }
        running = new Running(o, vision, settings, places);
        store.onChange(this::apply);
    }

    /** The corrections and the personal model; {@code null} (and the reason logged) when they cannot open. */
    private HouseholdParts startHousehold(RunOptions o, Settings settings) {
        try {
            return life.start("household learning", () -> new HouseholdParts(o.configDir(), o.model(), settings.household(), holder));
        } catch (Exception e) {
            log.error("the box cannot learn its household (corrections and personal model): {}", CommandLine.describe(e));
            return null;
        }
    }

    /** The desk the page and the screen correct looks at; {@code null} when the household part did not open. */
    CorrectionsDesk corrections() {
        HouseholdParts parts = household;
        return parts == null ? null : parts.desk();
    }

    private static void background(Runnable task) {
        Thread thread = new Thread(task, "moodbox-settings-change");
        thread.setDaemon(true);
        thread.start();
    }

    private Thread startHardware(RunOptions o, Settings settings) throws Exception {
        PinMap pins = PinMap.fromSettings(settings.lights(), settings.button());
        Consumer<String> problems = problem -> holder.publish(new PartChanged(Part.GPIO, PartStatus.failed(problem)));
        if (o.simulate()) {
            hardware = life.start("simulated LEDs and button", () -> Hardware.simulated(pins, problems));
            holder.publish(new PartChanged(Part.GPIO, PartStatus.simulated(hardware.description())));
        } else {
            try {
                hardware = life.start("GPIO LEDs and button", () -> Hardware.gpio(pins, problems));
                holder.publish(new PartChanged(Part.GPIO, PartStatus.ok(hardware.description())));
            } catch (GpioUnavailableException e) {
                if (!Hardware.isRaspberryPi(DEVICE_TREE_MODEL)) {
                    throw new IllegalStateException("this machine is not a Raspberry Pi, so there are no GPIO pins for the LEDs"
                            + " and the button; to try the box here, use simulated hardware: run --simulate (or: demo)", e);
                }
                log.error("LEDs and button unavailable: {}", e.getMessage());
                holder.publish(new PartChanged(Part.GPIO, PartStatus.failed(e.getMessage())));
                return new Thread(() -> { });
            }
        }
        hardware.lights().setColours(MoodColours.fromSettings(settings.lights()));
        follower = new LightsFollower(hardware.lights());
        holder.addListener(follower);
        Thread blink = new Thread(() -> {
            try {
                hardware.lights().blinkTest(BLINK_PER_LED, e -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            follower.refresh(holder.current());
        }, "led-blink-test");
        blink.start();
        return blink;
    }

    private void startScreen(RunOptions o) {
        try {
            life.start("JavaFX toolkit", () -> KioskWindow::stopToolkit);
            HouseholdParts learning = household;
            ScreenActions actions = new ScreenActions(engine::lookAgain, engine::pause, engine::resume, engine::skip,
                    engine::volumeUp, engine::volumeDown, learning != null ? learning::correctNewest
                    : e -> log.warn("the box cannot learn its household (see the start-up log): the correction to {} is not kept", e.label()));
            window = life.start("screen", () -> KioskWindow.open(holder.current(), clock,
                    MoodColours.fromSettings(store.current().lights()), actions, o.fullScreen(), 800, 480));
            holder.addListener(window);
        } catch (Exception | LinkageError e) {
            log.error("no screen: {}; running without it (use --headless to skip the screen)", e.getMessage());
        }
    }

    private void startWeb(RunOptions o, SettingsStore store, MoodHistory history) {
        Settings settings = store.current();
        int port = o.webPort() != 0 ? o.webPort() : settings.web().webPort();
        ApplianceBox box = new ApplianceBox(holder, () -> hardware == null ? null : hardware.lights(),
                () -> follower.refresh(holder.current()), () -> deck, () -> hardware == null ? null : hardware.button(),
                pageUsedMarker(), this::corrections);
        try {
            WebServer web = life.start("settings page", () -> WebServer.startOnLan(port, store, box, history, clock));
            String url = web.lanUrls().get(0);
            holder.publish(new PartChanged(Part.WEB, PartStatus.ok(url)));
            holder.publish(new WebReady(new WebAccess(url, settings.web().showPinOnScreen() ? settings.web().pin() : "", "",
                    Files.exists(pageUsedMarker()))));
        } catch (Exception e) {
            holder.publish(new PartChanged(Part.WEB, PartStatus.failed("cannot open port " + port + ": " + CommandLine.describe(e))));
        }
    }

    /** The file that says the set-up page was used once: the screen then keeps its address and PIN on the details screen. */
    private Path pageUsedMarker() {
        return store.file().resolveSibling("page-used");
    }

    /** Makes the engine and starts the first look (it ends one window later, by then the model has loaded). */
    private void startEngine(RunOptions o, Settings settings, VisionParts vision) throws Exception {
        ScheduledExecutorService inbox = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "engine"));
        Consumer<Sighting> preview = sighting -> {
            KioskWindow screen = window;
            if (screen != null) {
                screen.showFrame(PreviewFrame.fromGray(sighting.frame(), sighting.face()));
            }
        };
        engine = life.start("engine", () -> new Engine(holder, MoodSettings.from(settings.detection()), deck, clock, inbox, preview,
                settings.detection().interval()));
        long begin = System.nanoTime();
        engine.onFirstMood(() -> {
            life.mark("first mood decision", begin);
            firstMood.countDown();
        });
        inbox.scheduleAtFixedRate(engine::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        if (hardware != null) {
            hardware.button().addListener(engine::press);
        }
        engine.start();
    }

    /** The settings' health on screen and page: a corrupt file replaced, or settings that live only in memory. */
    private void publishSettingsHealth() {
        holder.publish(new PartChanged(Part.SETTINGS, store.problem().map(PartStatus::failed)
                .orElseGet(() -> PartStatus.ok("saved in " + store.file()))));
    }

    /** A settings change from the web page, applied at once where the part allows it. */
    private void apply(Settings settings) {
        engine.configure(MoodSettings.from(settings.detection()), settings.detection().interval());
        if (household != null) {
            household.settings(settings.household());
        }
        if (hardware != null) {
            hardware.lights().setColours(MoodColours.fromSettings(settings.lights()));
        }
        KioskWindow screen = window;
        if (screen != null) {
            screen.colours(MoodColours.fromSettings(settings.lights()));
        }
        Running before = running;
        running = new Running(before.options(), before.vision(), settings, before.places());
        if (!settings.music().equals(before.settings().music())) {
            musicSlot.restart(() -> {
                MusicDeck next = slow.music(settings, before.places(), index.join());
                log.info("music restarted with the new music settings");
                return next;
            });
        } else if (musicSlot.current() instanceof JukeboxDeck jukebox) {
            jukebox.volumeSettings(settings.volume());
            jukebox.playbackSettings(settings.playback());
        }
        boolean cameraChanged = !settings.detection().cameraSource().equals(before.settings().detection().cameraSource())
                && !before.options().simulate();
        if (cameraChanged || !settings.detection().faceDetector().equals(before.settings().detection().faceDetector())) {
            background(() -> switchCamera(before.vision(), settings));
        }
        boolean restartNeeded = !settings.lights().ledPins().equals(before.settings().lights().ledPins())
                || settings.lights().rgbLedEnabled() != before.settings().lights().rgbLedEnabled()
                || !settings.button().equals(before.settings().button())
                || settings.web().webPort() != before.settings().web().webPort();
        log.info("settings applied: detection, LED colours, volume, crossfade, camera, music and learning now{}",
                restartNeeded ? "; the new GPIO pins or web port take effect at the next start" : "");
    }

    /** The camera source or face detector changed: open the new camera feed and let it replace the running one. */
    private void switchCamera(VisionParts vision, Settings settings) {
        FaceFeed feed = slow.camera(settings, vision, model::join);
        if (feed != null) {
            try {
                cameraSlot.replace(new CameraLoop(feed, engine));
                log.info("camera switched to {}", settings.detection().cameraSource());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        life.close();
    }
}
