package moodbox.ui.fx;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.SVGPath;
import moodbox.ui.ScreenActions;
import moodbox.ui.ScreenModel;

/**
 * The touch controls: look again, play/pause, skip, quieter, the volume, louder. Round targets of 64 design
 * pixels (about 10 mm on the 7-inch display, larger on bigger screens). Play/pause shows what a tap will do.
 */
final class ControlBar extends HBox {
    static final double TARGET = 64;
    private static final String PLAY = "M8 5v14l11-7z";
    private static final String PAUSE = "M6 5h4v14H6zM14 5h4v14h-4z";
    private static final String SKIP = "M5 18l8.5-6L5 6v12zM15 6v12h2.5V6H15z";
    private static final String SPEAKER = "M2 9v6h4l5 5V4L6 9H2z";
    private static final String EYE = "M12 5C7 5 2.7 8.1 1 12c1.7 3.9 6 7 11 7s9.3-3.1 11-7c-1.7-3.9-6-7-11-7zm0 11.5a4.5 4.5 0 1 1 0-9"
            + " 4.5 4.5 0 0 1 0 9zm0-7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z";

    private final Button lookAgain = button("lookAgain", EYE, "Look again");
    private final Button playPause = button("playPause", PAUSE, "Pause");
    private final Button skip = button("skip", SKIP, "Skip");
    private final Button quieter = button("volumeDown", SPEAKER + "M14 11h8v2h-8z", "Quieter");
    private final Button louder = button("volumeUp", SPEAKER + "M16 11h2.5V8.5h2V11H23v2h-2.5v2.5h-2V13H16z", "Louder");
    private final Label volume = KioskView.label("volume", "volume");
    private boolean paused;

    ControlBar(ScreenActions actions) {
        super(10);
        setAlignment(Pos.CENTER_LEFT);
        playPause.getStyleClass().add("control-main");
        volume.setMinWidth(52);
        volume.setAlignment(Pos.CENTER);
        lookAgain.setOnAction(e -> actions.lookAgain().run());
        playPause.setOnAction(e -> (paused ? actions.resume() : actions.pause()).run());
        skip.setOnAction(e -> actions.skip().run());
        quieter.setOnAction(e -> actions.volumeDown().run());
        louder.setOnAction(e -> actions.volumeUp().run());
        getChildren().addAll(lookAgain, playPause, skip, quieter, volume, louder);
    }

    private static Button button(String id, String path, String name) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("control-icon");
        icon.setScaleX(1.3);
        icon.setScaleY(1.3);
        Button button = new Button();
        button.setId(id);
        button.setGraphic(new Group(icon));
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAlignment(Pos.CENTER);
        button.setAccessibleText(name);
        button.getStyleClass().setAll("control");
        button.setFocusTraversable(false);
        button.setMinSize(TARGET, TARGET);
        button.setPrefSize(TARGET, TARGET);
        button.setMaxSize(TARGET, TARGET);
        return button;
    }

    void show(ScreenModel.Player player) {
        paused = player.paused();
        ((SVGPath) ((Group) playPause.getGraphic()).getChildren().get(0)).setContent(paused ? PLAY : PAUSE);
        playPause.setAccessibleText(paused ? "Play" : "Pause");
        playPause.setDisable(!player.playing());
        volume.setText(player.volume());
    }
}
