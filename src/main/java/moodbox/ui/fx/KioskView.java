package moodbox.ui.fx;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import moodbox.ui.PreviewFrame;
import moodbox.ui.ScreenActions;
import moodbox.ui.ScreenModel;

/**
 * The kiosk screen's widgets, laid out like a music player (with "Not right?" under a decided mood, which opens
 * the seven-mood picker): the cover art and the song biggest, the mood
 * beside them, the touch controls under the song, the camera preview small, one status line at the bottom
 * (with the set-up page's address and PIN above it until the page was used), and a second screen with the
 * details. Sizes are design pixels of the 7-inch display (800×480); the whole is scaled by the screen's
 * height or width, whichever is tighter, and the layout stretches to the rest, so any screen from 800×480 to
 * 4K is filled edge to edge. It only copies {@link ScreenModel} values into widgets; every call must be on
 * the JavaFX thread.
 */
final class KioskView {
    static final double DESIGN_WIDTH = 800;
    static final double DESIGN_HEIGHT = 480;
    private static final double PAD = 18;
    private static final double GAP = 22;
    private static final double PREVIEW_WIDTH = 100;
    private static final double PREVIEW_HEIGHT = 75;

    private final Pane root = new Pane();
    private final StackPane design = new StackPane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final CoverTile cover = new CoverTile();
    private final MoodPanel mood;
    private final SongPanel song = new SongPanel();
    private final ControlBar controls;
    private final Label status = label("status", "status-line");
    private final Label setup = label("setup", "setup");
    private final ImageView preview = new ImageView();
    private final Rectangle faceBox = new Rectangle();
    private final DetailsView details;
    private final MoodPicker picker;
    private final Button notRight = new Button("Not right?");
    private final BorderPane main = new BorderPane();
    private final Runnable detailsOpened;
    private WritableImage previewImage;

    /** {@code detailsOpened} hears each opening of the details screen. */
    KioskView(ScreenActions actions, Runnable detailsOpened) {
        this.detailsOpened = detailsOpened;
        mood = new MoodPanel(actions.lookAgain());
        controls = new ControlBar(actions);
        details = new DetailsView(() -> showDetails(false));
        details.setVisible(false);
        picker = new MoodPicker(actions.correctMood(), () -> showPicker(false));
        picker.setVisible(false);
        notRight.setId("notRight");
        notRight.getStyleClass().setAll("more");
        notRight.setFocusTraversable(false);
        notRight.setMinHeight(40);
        notRight.setOnAction(e -> showPicker(true));

        VBox right = new VBox(0, moodRow(actions), grow(), song, grow(), controls);
        VBox.setMargin(controls, new Insets(10, 0, 0, 0));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox centre = new HBox(GAP, cover, right);
        centre.setAlignment(Pos.CENTER_LEFT);
        main.setCenter(centre);
        main.setBottom(bottom());
        main.setPadding(new Insets(PAD));
        main.setId("main");
        LongPress.on(main, () -> showDetails(true));

        design.getChildren().addAll(main, details, picker);
        design.getStyleClass().add("kiosk");
        design.setManaged(false);
        design.getTransforms().add(scale);
        root.getChildren().add(design);
        root.getStyleClass().add("kiosk");
        root.setId("kiosk");
        root.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
        root.widthProperty().addListener((obs, old, w) -> fit());
        root.heightProperty().addListener((obs, old, h) -> fit());
        fit();
    }

    Parent root() {
        return root;
    }

    /** Scales the design to the window and stretches it over the rest, then sizes the cover and the columns. */
    private void fit() {
        double w = Math.max(root.getWidth(), 1);
        double h = Math.max(root.getHeight(), 1);
        if (root.getWidth() <= 0 || root.getHeight() <= 0) {
            w = DESIGN_WIDTH;
            h = DESIGN_HEIGHT;
        }
        double s = Math.min(w / DESIGN_WIDTH, h / DESIGN_HEIGHT);
        scale.setX(s);
        scale.setY(s);
        double dw = w / s;
        double dh = h / s;
        design.resizeRelocate(0, 0, dw, dh);
        double bottom = 70;
        double side = Math.min(dh - 2 * PAD - bottom, dw * 0.42);
        cover.size(side);
        double column = dw - 2 * PAD - side - GAP;
        mood.width(column - PREVIEW_WIDTH - 12);
        song.width(column);
    }

    private HBox moodRow(ScreenActions actions) {
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        preview.setPreserveRatio(false);
        preview.setId("preview");
        faceBox.setId("faceBox");
        faceBox.getStyleClass().add("face-box");
        faceBox.setManaged(false);
        faceBox.setVisible(false);
        Pane camera = new Pane(preview, faceBox);
        camera.setId("camera");
        camera.getStyleClass().add("preview");
        camera.setMinSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        camera.setMaxSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        Rectangle clip = new Rectangle(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        clip.setArcWidth(12);
        clip.setArcHeight(12);
        camera.setClip(clip);
        camera.setOnMouseClicked(e -> actions.lookAgain().run());
        HBox row = new HBox(12, new VBox(4, mood, notRight), grow(), camera);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private VBox bottom() {
        setup.setMaxWidth(Double.MAX_VALUE);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button more = new Button("Details");
        more.setId("detailsButton");
        more.getStyleClass().setAll("more");
        more.setFocusTraversable(false);
        more.setMinHeight(40);
        more.setOnAction(e -> showDetails(true));
        HBox line = new HBox(12, status, more);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, setup, line);
        BorderPane.setMargin(bottom, new Insets(10, 0, 0, 0));
        return bottom;
    }

    private static Region grow() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox.setVgrow(gap, Priority.ALWAYS);
        return gap;
    }

    static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** Opens (or closes) the second screen. */
    void showDetails(boolean open) {
        if (open) {
            detailsOpened.run();
        }
        details.setVisible(open);
        main.setVisible(!open);
    }

    /** Opens (or closes) the seven-mood picker of "Not right?". */
    void showPicker(boolean open) {
        picker.setVisible(open);
        main.setVisible(!open);
    }

    boolean detailsShown() {
        return details.isVisible();
    }

    void show(ScreenModel screen) {
        mood.show(screen.mood());
        boolean decided = screen.mood().look() == ScreenModel.Look.DECIDED;
        notRight.setVisible(decided);
        notRight.setManaged(decided);
        cover.show(screen.song());
        song.show(screen.song());
        controls.show(screen.player());
        status.setText(screen.status());
        status.getStyleClass().setAll("label", "status-line", screen.trouble() ? "status-trouble" : "status-calm");
        ScreenModel.Setup s = screen.setup();
        setup.setVisible(s != null);
        setup.setManaged(s != null);
        if (s != null) {
            setup.setText("Set up at " + s.address() + (s.pin().isEmpty() ? "" : " · " + s.pin())
                    + (s.notice().isEmpty() ? "" : " — " + s.notice()));
        }
        details.show(screen);
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
