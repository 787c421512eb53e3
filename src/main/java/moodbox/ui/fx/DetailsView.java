package moodbox.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import moodbox.state.Part;
import moodbox.ui.ScreenModel;

/**
 * The second screen, opened with "Details" or a long press on the screen: every part's status, the set-up
 * page's address and PIN (also after the page was used), and the latest look's scores. "Back" closes it.
 */
final class DetailsView extends BorderPane {
    private final List<Label> statuses = new ArrayList<>();
    private final Label address = KioskView.label("detailsAddress", "details-address");
    private final Label pin = KioskView.label("detailsPin", "details-pin");
    private final Label notice = KioskView.label("detailsNotice", "details-notice");
    private final ConfidenceBars bars = new ConfidenceBars();

    DetailsView(Runnable close) {
        setId("details");
        getStyleClass().add("details");
        setPadding(new Insets(16, 20, 16, 20));
        Label heading = KioskView.label("detailsHeading", "details-title");
        heading.setText("Details");
        Button back = new Button("Back");
        back.setId("detailsBack");
        back.getStyleClass().setAll("back");
        back.setFocusTraversable(false);
        back.setMinSize(120, ControlBar.TARGET);
        back.setOnAction(e -> close.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(heading, gap, back);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);

        VBox parts = new VBox(4);
        Label partsHeading = KioskView.label("partsHeading", "details-heading");
        partsHeading.setText("The box");
        parts.getChildren().add(partsHeading);
        for (Part part : Part.values()) {
            Label line = KioskView.label("detail-" + part.word(), "status");
            line.setWrapText(true);
            statuses.add(line);
            parts.getChildren().add(line);
        }
        Label setupHeading = KioskView.label("setupHeading", "details-heading");
        setupHeading.setText("Set-up page (phone or laptop on the same network)");
        setupHeading.setWrapText(true);
        address.setWrapText(true);
        notice.setWrapText(true);
        VBox setup = new VBox(2, setupHeading, address, pin, notice);
        VBox.setMargin(setup, new Insets(10, 0, 0, 0));
        parts.getChildren().add(setup);
        HBox.setHgrow(parts, Priority.ALWAYS);
        HBox body = new HBox(28, parts, bars);
        BorderPane.setMargin(body, new Insets(10, 0, 0, 0));
        setCenter(body);
    }

    void show(ScreenModel screen) {
        ScreenModel.Details details = screen.details();
        for (int i = 0; i < statuses.size() && i < details.statuses().size(); i++) {
            ScreenModel.StatusLine line = details.statuses().get(i);
            statuses.get(i).setText(line.label() + ": " + line.text());
            statuses.get(i).getStyleClass().setAll("label", "status", "status-" + line.health());
        }
        ScreenModel.Setup setup = details.setup();
        address.setText(setup == null ? "starting…" : setup.address());
        pin.setText(setup == null || setup.pin().isEmpty() ? "" : setup.pin());
        notice.setText(setup == null ? "" : setup.notice());
        bars.show(details, screen.mood().colour());
    }
}
