package moodbox.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import moodbox.emotion.Emotion;
import moodbox.ui.ScreenModel;

/**
 * One row per emotion: name, a bar as long as its probability (the decided one in the mood's colour),
 * percent. Empty while no current look has scores: old scores are never shown as new.
 */
final class ConfidenceBars extends VBox {
    private static final double BAR_WIDTH = 220;

    private final Label title = KioskView.label("barsTitle", "details-heading");
    private final List<Region> fills = new ArrayList<>();
    private final List<Label> percents = new ArrayList<>();

    ConfidenceBars() {
        super(5);
        title.setWrapText(true);
        title.setMaxWidth(BAR_WIDTH + 140);
        getChildren().add(title);
        for (Emotion emotion : Emotion.values()) {
            Label name = KioskView.label("barLabel-" + emotion.label(), "bar-label");
            name.setText(emotion.label());
            name.setMinWidth(86);
            Region fill = new Region();
            fill.setId("bar-" + emotion.label());
            fill.getStyleClass().add("bar-fill");
            fill.setMaxWidth(Region.USE_PREF_SIZE);
            StackPane track = new StackPane(fill);
            track.getStyleClass().add("bar-track");
            track.setAlignment(Pos.CENTER_LEFT);
            track.setPrefSize(BAR_WIDTH, 16);
            track.setMaxSize(BAR_WIDTH, 16);
            Label percent = KioskView.label("barPercent-" + emotion.label(), "bar-percent");
            percent.setMinWidth(44);
            fills.add(fill);
            percents.add(percent);
            HBox row = new HBox(8, name, track, percent);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }

    void show(ScreenModel.Details details, String accent) {
        title.setText(details.barsTitle());
        List<ScreenModel.Bar> bars = details.bars();
        for (int i = 0; i < bars.size() && i < fills.size(); i++) {
            ScreenModel.Bar bar = bars.get(i);
            fills.get(i).setPrefWidth(bar.fill() * BAR_WIDTH);
            fills.get(i).setStyle(bar.decided() ? "-fx-background-color: " + accent + ";" : "");
            percents.get(i).setText(bar.percent());
        }
    }
}
