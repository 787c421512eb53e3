package moodbox.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CascadeFaceDetectorTest {
    private static CascadeFaceDetector photos;

    @BeforeAll
    static void load() {
        photos = new CascadeFaceDetector(ClassifyCommand.PHOTO_SEARCH.withKind(FaceDetectorKind.HAAR));
    }

    @AfterAll
    static void close() {
        photos.close();
    }

    /**
     * Where the face is, checked by eye on each photo: the centre of the face, and its rough width. messi5 has
     * a small face among a crowd; messi_face is a 40×52 close-up that the face fills (found thanks to padding).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "face_swapped.jpg, 155, 135, 140",
            "227943776_1.jpg, 206, 187, 180",
            "230501201_1.jpg, 300, 400, 380",
            "blurred.png, 305, 297, 195",
            "example.jpg, 577, 330, 385",
            "messi5.jpg, 245, 112, 41",
            "messi_face.jpg, 24, 26, 31",
    })
    void findsTheFaceInARealPhoto(String photo, int centreX, int centreY, int width) throws Exception {
        GrayImage image = FaceTestPhotos.read(photo);
        FaceBox face = FacePicker.pick(photos.detect(image), image.width(), image.height()).orElseThrow(
                () -> new AssertionError("no face found in " + photo)).box();
        assertEquals(centreX, face.centerX(), width * 0.25, "face centre x in " + photo + ": " + face);
        assertEquals(centreY, face.centerY(), width * 0.25, "face centre y in " + photo + ": " + face);
        assertEquals(width, face.width(), width * 0.35, "face width in " + photo + ": " + face);
    }

    @Test
    void findsNoFaceInAPlainWall() {
        byte[] px = new byte[640 * 480];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (90 + (i % 640) / 8);
        }
        assertEquals(List.of(), photos.detect(new GrayImage(640, 480, px)));
    }

    @Test
    void theTrackingSearchFindsTheSameFaceNearTheLastOne() throws Exception {
        GrayImage image = FaceTestPhotos.read("227943776_1.jpg");
        FaceBox full = photos.detect(image).get(0).box();
        FaceBox shifted = new FaceBox(full.x() + 12, full.y() - 8, full.width(), full.height());
        List<Face> near = photos.detectNear(image, shifted);
        assertEquals(1, near.size());
        assertTrue(near.get(0).box().overlap(full) > 0.7, near + " vs " + full);
    }

    @Test
    void aMissingCascadeSaysWhatToInstallAndPromisesNoSettingThatDoesNotExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CascadeFaceDetector(
                FaceDetectorSettings.defaults().withCascade(Path.of("/nonexistent/face.xml"))));
        assertTrue(e.getMessage().contains("/nonexistent/face.xml") && e.getMessage().contains("opencv-data"), e.getMessage());
        assertFalse(e.getMessage().contains("settings"), "there is no cascade setting: " + e.getMessage());
    }

    /** Files that are no cascade: empty, cut short, plain text, and XML of another kind. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"empty", "truncated", "text", "other-xml"})
    void aBrokenCascadeSaysSoInWordsNotOpenCvInternals(String kind, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(kind + ".xml");
        switch (kind) {
            case "empty" -> Files.write(file, new byte[0]);
            case "truncated" -> Files.write(file, Arrays.copyOf(Files.readAllBytes(FaceDetectorSettings.DEBIAN_CASCADE), 3000));
            case "text" -> Files.writeString(file, "hello\n");
            default -> Files.writeString(file, "<?xml version=\"1.0\"?><opencv_storage><x>1</x></opencv_storage>\n");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CascadeFaceDetector(FaceDetectorSettings.defaults().withCascade(file)));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a usable face cascade"), e.getMessage());
        assertTrue(e.getMessage().contains("sudo apt-get install --reinstall opencv-data"), e.getMessage());
        assertFalse(e.getMessage().contains("cv::Exception") || e.getMessage().contains(".cpp"), e.getMessage());
        assertFalse(e.getMessage().contains("settings"), e.getMessage());
    }
}
