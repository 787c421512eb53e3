package moodbox.ui.fx;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import moodbox.ui.ScreenModel;

/**
 * The mood: the big word in its colour (shrunk to fit its space when a word is long), how sure and how long
 * ago or what to do, and the earlier mood when the latest look found none. A tap on it looks again.
 */
final class MoodPanel extends VBox {
    static final double WORD_SIZE = 50;
    private static final double SMALLEST_WORD = 30;

    private final Label word = KioskView.label("mood", "mood");
    private final Label line = KioskView.label("moodLine", "mood-line");
    private final Label earlier = KioskView.label("moodEarlier", "mood-earlier");
    private double width = 300;

    MoodPanel(Runnable lookAgain) {
        super(2);
        setId("moodPanel");
        getStyleClass().add("mood-panel");
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        word.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(word, line, earlier);
        setOnMouseClicked(e -> lookAgain.run());
    }

    void width(double available) {
        width = available;
        setPrefWidth(available);
        setMaxWidth(available);
        line.setMaxWidth(available);
    }

    void show(ScreenModel.Mood mood) {
        word.setText(mood.word());
        double size = TextFit.boldSize(mood.word(), WORD_SIZE, SMALLEST_WORD, width);
        word.setStyle("-fx-text-fill: " + mood.colour() + "; -fx-font-size: " + size + "px;");
        line.setText(mood.line());
        earlier.setText(mood.earlier());
        earlier.setVisible(!mood.earlier().isEmpty());
        earlier.setManaged(!mood.earlier().isEmpty());
    }
}
