package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderReaderTest {
    @TempDir
    Path dir;

    void image(String folder, String name, int w, int h, Color color) throws IOException {
        Path d = Files.createDirectories(dir.resolve(folder));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ImageIO.write(img, name.endsWith(".png") ? "png" : "jpg", d.resolve(name).toFile());
    }

    @Test
    void readsEmotionFoldersOfAnySizeAsGray48() throws IOException {
        image("happy", "a.png", 48, 48, Color.WHITE);
        image("Sad", "b.png", 96, 64, Color.BLACK);
        image("sad", "c.jpg", 30, 30, Color.GRAY);
        FaceDataset data = Datasets.load(dir, null, false);
        assertEquals(3, data.size());
        int[] counts = data.classCounts();
        assertEquals(1, counts[3]);
        assertEquals(2, counts[4]);
        assertEquals(48, data.image(0).width());
    }

    @Test
    void anUnknownFolderOrBrokenImageIsReported() throws IOException {
        image("happy", "a.png", 48, 48, Color.WHITE);
        Files.writeString(dir.resolve("happy/broken.png"), "not an image");
        MalformedDataException broken = assertThrows(MalformedDataException.class, () -> Datasets.load(dir, null, false));
        assertTrue(broken.getMessage().contains("broken.png"), broken.getMessage());
        assertEquals(1, Datasets.load(dir, null, true).skipped());

        Files.createDirectories(dir.resolve("bored"));
        MalformedDataException unknown = assertThrows(MalformedDataException.class, () -> Datasets.load(dir, null, true));
        assertTrue(unknown.getMessage().contains("bored"), unknown.getMessage());
    }
}
