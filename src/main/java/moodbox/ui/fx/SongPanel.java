package moodbox.ui.fx;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import moodbox.ui.ScreenModel;

/**
 * The song playing, large: the title (its font shrunk to fit one line, down to {@link #SMALLEST_TITLE}, then
 * wrapped), artist, a progress bar and the time.
 */
final class SongPanel extends VBox {
    static final double TITLE_SIZE = 36;
    private static final double SMALLEST_TITLE = 24;

    private final Label title = KioskView.label("songTitle", "song-title");
    private final Label artist = KioskView.label("songArtist", "song-artist");
    private final Label time = KioskView.label("songTime", "song-time");
    private final Region progress = new Region();
    private final StackPane track = new StackPane(progress);
    private double width = 300;

    SongPanel() {
        super(6);
        setId("playing");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        artist.setMinHeight(Region.USE_PREF_SIZE);
        progress.getStyleClass().add("progress-fill");
        progress.setMaxWidth(Region.USE_PREF_SIZE);
        track.getStyleClass().add("progress-track");
        track.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, artist, track, time);
    }

    void width(double available) {
        width = available;
        title.setMaxWidth(available);
        artist.setMaxWidth(available);
        track.setPrefSize(available, 8);
        track.setMaxSize(available, 8);
    }

    void show(ScreenModel.Song song) {
        String text = song == null ? "Nothing playing yet" : song.title();
        title.setText(text);
        title.setStyle("-fx-font-size: " + TextFit.boldSize(text, TITLE_SIZE, SMALLEST_TITLE, width) + "px;");
        artist.setText(song == null ? "Music starts when a mood is found" : song.artist());
        time.setText(song == null ? "" : song.time());
        track.setVisible(song != null);
        progress.setPrefWidth(song == null ? 0 : song.progress() * width);
    }
}
