package moodbox.camera.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import moodbox.camera.CameraException;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderSourceTest {
    @TempDir
    Path dir;

    @Test
    void showsThePicturesInNameOrderInALoopSkippingBrokenOnes() throws Exception {
        Files.write(dir.resolve("b.png"), OpenCvImages.encodePng(new GrayImage(30, 20, new byte[600])));
        Files.write(dir.resolve("a.png"), OpenCvImages.encodePng(new GrayImage(10, 20, new byte[200])));
        Files.writeString(dir.resolve("c.jpg"), "broken");
        Files.writeString(dir.resolve("notes.txt"), "not a picture");
        List<Duration> waits = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        try (ImageFolderSource source = ImageFolderSource.open(dir, waits::add, Duration.ofMillis(200))) {
            for (int i = 0; i < 4; i++) {
                widths.add(source.next().width());
            }
        }
        assertEquals(List.of(10, 30, 10, 30), widths);
        assertEquals(Duration.ofMillis(200), waits.get(0));
    }

    @Test
    void anEmptyOrMissingFolderIsReported() {
        CameraException empty = assertThrows(CameraException.class,
                () -> ImageFolderSource.open(dir, d -> { }, Duration.ZERO));
        assertTrue(empty.getMessage().contains("no .jpg"), empty.getMessage());
        CameraException missing = assertThrows(CameraException.class,
                () -> ImageFolderSource.open(dir.resolve("nope"), d -> { }, Duration.ZERO));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
    }
}
