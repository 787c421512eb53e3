package moodbox.ui.fx;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A long press anywhere on a node (a finger or the mouse held still for {@link #HOLD}) runs an action; the
 * release that ends it then does nothing else, so holding a button does not also press it. Touch screens
 * reach it too: JavaFX turns touches into the same mouse events.
 */
final class LongPress {
    static final Duration HOLD = Duration.millis(800);
    private static final double SLOP = 12;

    private final PauseTransition timer = new PauseTransition(HOLD);
    private double startX;
    private double startY;
    private boolean fired;

    private LongPress(Runnable action) {
        timer.setOnFinished(e -> {
            fired = true;
            action.run();
        });
    }

    static void on(Node node, Runnable action) {
        LongPress press = new LongPress(action);
        node.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            press.fired = false;
            press.startX = e.getSceneX();
            press.startY = e.getSceneY();
            press.timer.playFromStart();
        });
        node.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Math.hypot(e.getSceneX() - press.startX, e.getSceneY() - press.startY) > SLOP) {
                press.timer.stop();
            }
        });
        node.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            press.timer.stop();
            if (press.fired) {
                e.consume();
            }
        });
        node.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (press.fired) {
                press.fired = false;
                e.consume();
            }
        });
    }
}
