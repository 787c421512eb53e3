package moodbox.ui.fx;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import moodbox.emotion.Emotion;

/**
 * The screen "Not right?" opens: the seven moods as big buttons; a tap on one says the mood shown was really
 * that one (the box keeps that look's faces to learn from) and closes it, "Cancel" closes it without a word.
 */
final class MoodPicker extends VBox {
    MoodPicker(Consumer<Emotion> picked, Runnable close) {
        super(14);
        setId("moodPicker");
        getStyleClass().add("details");
        setPadding(new Insets(20));
        setAlignment(Pos.CENTER);
        Label heading = KioskView.label("pickerHeading", "details-title");
        heading.setText("What was the mood?");
        TilePane moods = new TilePane(12, 12);
        moods.setPrefColumns(4);
        moods.setAlignment(Pos.CENTER);
        for (Emotion e : Emotion.values()) {
            Button b = new Button(e.label());
            b.setId("pick-" + e.label());
            b.getStyleClass().setAll("back");
            b.setFocusTraversable(false);
            b.setMinSize(160, ControlBar.TARGET);
            b.setOnAction(ev -> {
                close.run();
                picked.accept(e);
            });
            moods.getChildren().add(b);
        }
        Button cancel = new Button("Cancel");
        cancel.setId("pickCancel");
        cancel.getStyleClass().setAll("more");
        cancel.setFocusTraversable(false);
        cancel.setMinHeight(48);
        cancel.setOnAction(ev -> close.run());
        getChildren().addAll(heading, moods, cancel);
    }
}
