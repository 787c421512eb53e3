package moodbox.ui.fx;

import java.io.ByteArrayInputStream;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import moodbox.ui.ScreenModel;

/** The song playing: cover art (or a note symbol), title, artist, a progress bar and the time. */
final class SongPanel extends HBox {
    private static final double PROGRESS_WIDTH = 280;
    private static final double COVER_SIZE = 84;

    private final Label title = KioskView.label("songTitle", "song-title");
    private final Label artist = KioskView.label("songArtist", "song-artist");
    private final Label time = KioskView.label("songTime", "small");
    private final Region progress = new Region();
    private final ImageView cover = new ImageView();
    private byte[] shownCover;

    SongPanel() {
        super(12);
        setId("playing");
        setAlignment(Pos.CENTER_LEFT);
        cover.setFitWidth(COVER_SIZE);
        cover.setFitHeight(COVER_SIZE);
        cover.setId("cover");
        Label note = KioskView.label("coverNote", "cover-note");
        note.setText("♪");
        StackPane coverFrame = new StackPane(note, cover);
        coverFrame.getStyleClass().add("cover");
        coverFrame.setMinSize(COVER_SIZE, COVER_SIZE);
        coverFrame.setMaxSize(COVER_SIZE, COVER_SIZE);
        progress.getStyleClass().add("progress-fill");
        progress.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(progress);
        track.getStyleClass().add("progress-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setPrefSize(PROGRESS_WIDTH, 6);
        track.setMaxSize(PROGRESS_WIDTH, 6);
        title.setMaxWidth(290);
        getChildren().addAll(coverFrame, new VBox(4, title, artist, track, time));
    }

    void show(ScreenModel.Song song) {
        title.setText(song == null ? "Nothing playing yet" : song.title());
        artist.setText(song == null ? "" : song.artist());
        time.setText(song == null ? "" : song.time());
        progress.setPrefWidth(song == null ? 0 : song.progress() * PROGRESS_WIDTH);
        setCover(song == null ? null : song.cover());
    }

    private void setCover(byte[] bytes) {
        if (bytes == shownCover) {
            return;
        }
        shownCover = bytes;
        Image image = bytes == null ? null : new Image(new ByteArrayInputStream(bytes), 168, 168, true, true);
        cover.setImage(image == null || image.isError() ? null : image);
    }
}
