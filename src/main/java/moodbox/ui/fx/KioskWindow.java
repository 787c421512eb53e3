package moodbox.ui.fx;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import moodbox.app.AppEvent;
import moodbox.app.AppListener;
import moodbox.app.AppState;
import moodbox.ui.KioskViewModel;
import moodbox.ui.PreviewFrame;
import moodbox.ui.ScreenModel;

/**
 * The kiosk window: full screen (or a plain window of a given size), no decorations, no mouse cursor, no
 * "press Esc" hint. It is an {@link AppListener}: register it with the state holder and it shows every new
 * state; it also redraws once a second so "2 min ago" stays true. Camera frames come through
 * {@link #showFrame}; only the newest waiting frame is drawn. Starts the JavaFX toolkit itself, so no class
 * needs to extend {@code Application}.
 */
public final class KioskWindow implements AppListener, AutoCloseable {
    private final KioskViewModel model;
    private final AtomicReference<AppState> latest = new AtomicReference<>();
    private final AtomicReference<PreviewFrame> nextFrame = new AtomicReference<>();
    private KioskView view;
    private Stage stage;
    private Timeline ticker;

    private KioskWindow(Clock clock) {
        this.model = new KioskViewModel(clock);
    }

    /**
     * Opens the window and waits until it shows. {@code fullScreen} fills the screen; otherwise the window
     * is {@code width × height} (e.g. 800×480 to check the 7-inch layout on a laptop).
     */
    public static KioskWindow open(AppState initial, Clock clock, boolean fullScreen, int width, int height)
            throws InterruptedException {
        KioskWindow window = new KioskWindow(clock);
        window.latest.set(initial);
        startToolkit();
        onFxThread(() -> window.build(fullScreen, width, height));
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
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
        }
    }

    private void build(boolean fullScreen, int width, int height) {
        view = new KioskView();
        Scene scene = new Scene(view.root(), width, height);
        scene.setCursor(Cursor.NONE);
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle("Moodbox");
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
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
        ScreenModel screen = model.screen(latest.get());
        view.show(screen);
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
        if (Platform.isFxApplicationThread()) {
            action.run();
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer within 30 s");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Stops redrawing and hides the window; the toolkit keeps running (see {@link #stopToolkit()}). */
    @Override
    public void close() throws InterruptedException {
        onFxThread(() -> {
            if (ticker != null) {
                ticker.stop();
            }
            if (stage != null) {
                stage.hide();
            }
        });
    }

    /** Stops the JavaFX toolkit for good: the last step of the program's shutdown, after {@link #close()}. */
    public static void stopToolkit() {
        Platform.exit();
    }
}
