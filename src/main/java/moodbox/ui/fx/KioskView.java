package moodbox.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import moodbox.ui.PreviewFrame;
import moodbox.ui.ScreenModel;

/**
 * The kiosk screen's widgets. Laid out once for 800×480 (the official 7-inch display) and scaled as a whole
 * to fit any window, so it reads the same at 1920×1080. It only copies {@link ScreenModel} values into
 * widgets; every call must be on the JavaFX thread.
 */
final class KioskView {
    static final double DESIGN_WIDTH = 800;
    static final double DESIGN_HEIGHT = 480;
    private static final double PREVIEW_WIDTH = 288;
    private static final double PREVIEW_HEIGHT = 216;

    private final StackPane root = new StackPane();
    private final Label mood = label("mood", "mood");
    private final Label moodLine = label("moodLine", "mood-line");
    private final ConfidenceBars bars = new ConfidenceBars();
    private final SongPanel song = new SongPanel();
    private final List<Label> statusLines = new ArrayList<>();
    private final Label web = label("web", "web");
    private final Label pin = label("pin", "pin");
    private final Label problemHeadline = label("problemHeadline", "problem-headline");
    private final Label problemLines = label("problemLines", "small");
    private final VBox problem = new VBox(2, problemHeadline, problemLines);
    private final ImageView preview = new ImageView();
    private final Rectangle faceBox = new Rectangle();
    private WritableImage previewImage;

    KioskView() {
        Pane design = new HBox(16, leftColumn(), rightColumn());
        design.setPadding(new Insets(16));
        design.setPrefSize(DESIGN_WIDTH, DESIGN_HEIGHT);
        design.setMinSize(DESIGN_WIDTH, DESIGN_HEIGHT);
        design.setMaxSize(DESIGN_WIDTH, DESIGN_HEIGHT);
        StackPane screen = new StackPane(design, problem);
        StackPane.setAlignment(problem, Pos.BOTTOM_RIGHT);
        problem.setId("problem");
        problem.getStyleClass().add("problem");
        problem.setMaxSize(470, Region.USE_PREF_SIZE);
        problemHeadline.setWrapText(true);
        problemLines.setWrapText(true);
        StackPane.setMargin(problem, new Insets(0, 16, 16, 0));
        problem.setVisible(false);
        Group scaled = new Group(screen);
        root.getChildren().add(scaled);
        root.getStyleClass().add("kiosk");
        root.layoutBoundsProperty().addListener((obs, old, bounds) -> {
            double scale = Math.min(bounds.getWidth() / DESIGN_WIDTH, bounds.getHeight() / DESIGN_HEIGHT);
            screen.setScaleX(scale);
            screen.setScaleY(scale);
        });
        root.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
    }

    Parent root() {
        return root;
    }

    private VBox leftColumn() {
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        preview.setPreserveRatio(false);
        preview.setId("preview");
        faceBox.setId("faceBox");
        faceBox.getStyleClass().add("face-box");
        faceBox.setManaged(false);
        faceBox.setVisible(false);
        Pane camera = new Pane(preview, faceBox);
        camera.getStyleClass().add("preview");
        camera.setPrefSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        camera.setMaxSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        VBox statuses = new VBox(2);
        for (int i = 0; i < 3; i++) {
            Label line = label("status" + i, "status");
            statusLines.add(line);
            statuses.getChildren().add(line);
        }
        web.setWrapText(true);
        web.setMaxWidth(PREVIEW_WIDTH);
        VBox left = new VBox(12, camera, statuses, new VBox(2, web, pin));
        left.setPrefWidth(PREVIEW_WIDTH);
        left.setMinWidth(PREVIEW_WIDTH);
        return left;
    }

    private VBox rightColumn() {
        VBox right = new VBox(4, mood, moodLine, bars, song);
        VBox.setMargin(song, new Insets(12, 0, 0, 0));
        HBox.setHgrow(right, Priority.ALWAYS);
        return right;
    }

    static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }

    void show(ScreenModel screen) {
        mood.setText(screen.mood());
        mood.setStyle("-fx-text-fill: " + screen.accent() + ";");
        moodLine.setText(screen.moodLine());
        bars.show(screen.bars(), screen.accent());
        song.show(screen.nowPlaying());
        for (int i = 0; i < statusLines.size() && i < screen.statuses().size(); i++) {
            ScreenModel.StatusLine line = screen.statuses().get(i);
            Label label = statusLines.get(i);
            label.setText(line.label() + ": " + line.text());
            label.getStyleClass().setAll("status", "status-" + line.health());
        }
        web.setText(screen.web());
        pin.setText(screen.pin());
        problem.setVisible(screen.problem() != null);
        if (screen.problem() != null) {
            problemHeadline.setText(screen.problem().headline());
            problemLines.setText(String.join("\n", screen.problem().lines()));
        }
    }

    void showFrame(PreviewFrame frame) {
        if (previewImage == null || previewImage.getWidth() != frame.width() || previewImage.getHeight() != frame.height()) {
            previewImage = new WritableImage(frame.width(), frame.height());
            preview.setImage(previewImage);
        }
        previewImage.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(),
                PixelFormat.getIntArgbInstance(), frame.argb(), 0, frame.width());
        faceBox.setVisible(frame.face() != null);
        if (frame.face() != null) {
            double sx = PREVIEW_WIDTH / frame.width();
            double sy = PREVIEW_HEIGHT / frame.height();
            faceBox.setX(frame.face().x() * sx);
            faceBox.setY(frame.face().y() * sy);
            faceBox.setWidth(frame.face().width() * sx);
            faceBox.setHeight(frame.face().height() * sy);
        }
    }
}
