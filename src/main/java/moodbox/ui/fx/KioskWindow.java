package moodbox.ui.fx;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import moodbox.state.AppEvent;
import moodbox.state.AppListener;
import moodbox.state.AppState;
import moodbox.emotion.Emotion;
import moodbox.config.RgbColor;
import moodbox.ui.KioskViewModel;
import moodbox.ui.PreviewFrame;
import moodbox.ui.ScreenActions;
import moodbox.ui.ScreenModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk window: full screen (or a plain window of a given size), no decorations, no "press Esc" hint,
 * and in full screen no mouse cursor (touch screens need none). Full screen covers the whole screen even
 * without a window manager (as under {@code cage} or a bare X server): the window is given the screen's
 * bounds, not only asked to go full screen. It is an {@link AppListener}: register it with the state holder
 * and it shows every new state; it also redraws once a second so "2 min ago" stays true, and returns from the
 * details screen to the main one after {@link #DETAILS_OPEN} (so the PIN does not stay up). Camera frames
 * come through {@link #showFrame}; only the newest waiting frame is drawn. Taps and clicks on the controls go
 * to the {@link ScreenActions}. Starts the JavaFX toolkit itself, so no class needs to extend
 * {@code Application}.
 */
public final class KioskWindow implements AppListener, AutoCloseable {
    /** How long closing the window and stopping the toolkit may take before shutdown goes on without them. */
    private static final long STOP_SECONDS = 5;
    /**
     * How long the toolkit and the window may take to come up: 30 s, or the system property
     * {@code moodbox.screenStartSeconds} (.ci/arm64-check gives the emulated Pi, 10-50× slower, 300 s).
     */
    private static final long START_SECONDS = Long.getLong("moodbox.screenStartSeconds", 30);
    /** How long the details screen stays open without being closed. */
    static final java.time.Duration DETAILS_OPEN = java.time.Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(KioskWindow.class);
    /** True once the toolkit has started (its start-up callback ran), false again once it was asked to stop. */
    private static final AtomicBoolean toolkitRunning = new AtomicBoolean();
    private final KioskViewModel model;
    private final Clock clock;
    private final ScreenActions actions;
    private final AtomicReference<AppState> latest = new AtomicReference<>();
    private final AtomicReference<PreviewFrame> nextFrame = new AtomicReference<>();
    private KioskView view;
    private Stage stage;
    private Timeline ticker;
    private Instant detailsSince;

    private KioskWindow(Clock clock, Map<Emotion, RgbColor> colours, ScreenActions actions) {
        this.model = new KioskViewModel(clock, colours);
        this.clock = clock;
        this.actions = actions;
    }

    /**
     * Opens the window and waits until it shows. {@code fullScreen} fills the screen; otherwise the window
     * is {@code width × height} (e.g. 800×480 to check the 7-inch layout on a laptop). {@code colours} are
     * the moods' colours from the settings ({@code moodColours}).
     */
    public static KioskWindow open(AppState initial, Clock clock, Map<Emotion, RgbColor> colours, ScreenActions actions,
            boolean fullScreen, int width, int height) throws InterruptedException {
        KioskWindow window = new KioskWindow(clock, colours, actions);
        window.latest.set(initial);
        startToolkit();
        onFxThread(() -> window.build(fullScreen, width, height), START_SECONDS);
        return window;
    }

    /** True when there is a screen to open a window on (X11, Wayland, or JavaFX's headless Monocle). */
    public static boolean displayAvailable() {
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || "Monocle".equals(System.getProperty("glass.platform"));
    }

    private static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        if (!started.await(START_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within " + START_SECONDS + " s");
        }
        toolkitRunning.set(true);
    }

    private void build(boolean fullScreen, int width, int height) {
        view = new KioskView(actions, () -> detailsSince = clock.instant());
        Rectangle2D bounds = fullScreen ? Screen.getPrimary().getBounds() : new Rectangle2D(0, 0, width, height);
        Scene scene = new Scene(view.root(), bounds.getWidth(), bounds.getHeight());
        if (fullScreen) {
            scene.setCursor(Cursor.NONE);
        }
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle("Moodbox");
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        if (fullScreen) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        }
        render();
        stage.show();
        if (fullScreen) {
            stage.setFullScreen(true);
        }
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> render()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    @Override
    public void on(AppEvent event, AppState state) {
        if (latest.getAndSet(state) != state && !(event instanceof AppEvent.ButtonPressed)) {
            Platform.runLater(this::render);
        }
    }

    private void render() {
        if (view.detailsShown() && !clock.instant().isBefore(detailsSince.plus(DETAILS_OPEN))) {
            view.showDetails(false);
        }
        ScreenModel screen = model.screen(latest.get());
        view.show(screen);
    }

    /** The moods' colours changed in the settings; callable from any thread. */
    public void colours(Map<Emotion, RgbColor> colours) {
        model.colours(colours);
        Platform.runLater(this::render);
    }

    /** Shows a camera frame with its face box; callable from any thread, drops frames the screen cannot keep up with. */
    public void showFrame(PreviewFrame frame) {
        if (nextFrame.getAndSet(frame) == null) {
            Platform.runLater(() -> {
                PreviewFrame newest = nextFrame.getAndSet(null);
                if (newest != null && view != null) {
                    view.showFrame(newest);
                }
            });
        }
    }

    /** The window's scene, for tests and screenshots (use on the JavaFX thread). */
    public Scene scene() {
        return stage.getScene();
    }

    public Stage stage() {
        return stage;
    }

    /** Runs an action on the JavaFX thread and waits for it (at most 30 s). */
    public static void onFxThread(Runnable action) throws InterruptedException {
        onFxThread(action, 30);
    }

    private static void onFxThread(Runnable action, long seconds) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            action.run();
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (RuntimeException | Error e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer within " + seconds + " s");
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
    }

    /**
     * Stops redrawing and hides the window (waits at most 5 s); the toolkit keeps running (see
     * {@link #stopToolkit()}). When the JVM is shutting down (SIGTERM, Ctrl-C) it does nothing: JavaFX's own
     * shutdown hook takes its graphics down at the same time, after which the JavaFX thread runs nothing
     * more (hiding then failed with a NullPointerException from {@code GraphicsPipeline.getPipeline()}).
     */
    @Override
    public void close() throws InterruptedException {
        if (jvmShuttingDown()) {
            log.info("the JVM is stopping: JavaFX's own shutdown hook closes the window");
            return;
        }
        try {
            onFxThread(() -> {
                if (ticker != null) {
                    ticker.stop();
                }
                if (stage != null) {
                    stage.hide();
                }
            }, STOP_SECONDS);
        } catch (RuntimeException e) {
            log.info("the window was already gone (JavaFX is shutting down too): {}", e.toString());
        }
    }

    /**
     * Stops the JavaFX toolkit for good: the last step of the program's shutdown, after {@link #close()}.
     * Does nothing if the toolkit never started (a failed start would otherwise park the caller for ever in
     * JavaFX's wait for the start) or when the JVM is shutting down (JavaFX's own shutdown hook stops it, and
     * {@code Platform.exit()} would then wait for ever for the JavaFX thread); otherwise waits at most 5 s.
     */
    public static void stopToolkit() throws InterruptedException {
        if (!toolkitRunning.getAndSet(false) || jvmShuttingDown()) {
            return;
        }
        Thread exit = new Thread(Platform::exit, "javafx-exit");
        exit.setDaemon(true);
        exit.start();
        exit.join(TimeUnit.SECONDS.toMillis(STOP_SECONDS));
        if (exit.isAlive()) {
            log.warn("the JavaFX toolkit did not stop within {} s; going on without it", STOP_SECONDS);
        }
    }

    /** True once the JVM runs its shutdown hooks: no new hook may be added then. */
    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shutdownInProgress) {
            return true;
        }
    }
}
