package moodbox.ui.fx;

import java.io.ByteArrayInputStream;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import moodbox.ui.ScreenModel;

/**
 * The square at the left: the song's cover art, or without one a tile in the mood's colour with the title's
 * first letter, or a plain note while nothing plays. Its size follows the screen ({@link #size}).
 */
final class CoverTile extends StackPane {
    private final ImageView image = new ImageView();
    private final Label letter = KioskView.label("coverLetter", "cover-letter");
    private final Rectangle clip = new Rectangle();
    private byte[] shown;

    CoverTile() {
        setId("cover");
        getStyleClass().add("cover");
        image.setId("coverImage");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        clip.setArcWidth(24);
        clip.setArcHeight(24);
        setClip(clip);
        getChildren().addAll(letter, image);
    }

    void size(double side) {
        setMinSize(side, side);
        setPrefSize(side, side);
        setMaxSize(side, side);
        clip.setWidth(side);
        clip.setHeight(side);
        image.setFitWidth(side);
        image.setFitHeight(side);
        letter.setStyle("-fx-font-size: " + Math.round(side * 0.45) + "px;");
    }

    void show(ScreenModel.Song song) {
        byte[] bytes = song == null ? null : song.cover();
        if (bytes != shown) {
            shown = bytes;
            Image picture = bytes == null ? null : new Image(new ByteArrayInputStream(bytes), 1024, 1024, true, true);
            image.setImage(picture == null || picture.isError() ? null : picture);
        }
        boolean art = image.getImage() != null;
        letter.setVisible(!art);
        letter.setText(song == null ? "♪" : song.tileLetter());
        setStyle(song == null || art ? "" : "-fx-background-color: linear-gradient(to bottom right, "
                + song.tileColour() + ", derive(" + song.tileColour() + ", -65%));");
    }
}
