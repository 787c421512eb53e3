package moodbox.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** YuNet, loaded from the jar: no system file is needed (this test passes without Debian's opencv-data). */
class YuNetFaceDetectorTest {
    private static FaceDetector photos;

    @BeforeAll
    static void load() {
        photos = ClassifyCommand.PHOTO_SEARCH.open();
    }

    @AfterAll
    static void close() {
        photos.close();
    }

    @Test
    void isTheDefaultForPhotosAndTheCamera() {
        assertEquals(FaceDetectorKind.YUNET, photos.kind());
        try (FaceDetector live = FaceDetectorSettings.defaults().open()) {
            assertEquals(FaceDetectorKind.YUNET, live.kind());
        }
    }

    /** The same faces, checked by eye, as the Haar cascade's test; YuNet's box is tighter (forehead to chin). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "face_swapped.jpg, 155, 135, 115",
            "227943776_1.jpg, 206, 187, 140",
            "230501201_1.jpg, 320, 400, 300",
            "blurred.png, 290, 297, 155",
            "example.jpg, 577, 340, 290",
            "messi5.jpg, 242, 112, 30",
            "messi_face.jpg, 24, 26, 29",
    })
    void findsTheFaceAndItsLandmarksInARealPhoto(String photo, int centreX, int centreY, int width) throws Exception {
        GrayImage image = FaceTestPhotos.read(photo);
        Face face = FacePicker.pick(photos.detect(image), image.width(), image.height()).orElseThrow(
                () -> new AssertionError("no face found in " + photo));
        FaceBox box = face.box();
        assertEquals(centreX, box.centerX(), width * 0.25, "face centre x in " + photo + ": " + box);
        assertEquals(centreY, box.centerY(), width * 0.25, "face centre y in " + photo + ": " + box);
        assertEquals(width, box.width(), width * 0.35, "face width in " + photo + ": " + box);
        Landmarks l = face.landmarks().orElseThrow();
        assertTrue(l.rightEye().x() < l.leftEye().x(), "the person's right eye is on the left of the picture: " + l);
        assertTrue(l.rightEye().y() < l.nose().y() && l.nose().y() < l.mouthRight().y(), "eyes, nose, mouth: " + l);
        for (FacePoint p : l.points()) {
            assertTrue(p.x() >= box.x() - 2 && p.x() <= box.x() + box.width() + 2
                    && p.y() >= box.y() - 2 && p.y() <= box.y() + box.height() + 2, p + " inside " + box);
        }
    }

    /** Every opencv-doc photo of a face the README lists (the Haar cascade needs 15% padding for some). */
    @ParameterizedTest
    @ValueSource(strings = {"face_swapped.jpg", "227943776_1.jpg", "230501201_1.jpg", "blurred.png",
            "Cascade_Classifier_Tutorial_Result_Haar.jpg", "julia_facedetect_sample.jpg", "example.jpg", "ab.jpg",
            "ab-1.jpg", "messi_face.jpg", "Smoothing_Tutorial_Result_Median_Filter.jpg", "faceDetection.png",
            "messi5.jpg"})
    void findsAFaceInEveryListedPhoto(String photo) throws Exception {
        GrayImage image = FaceTestPhotos.read(photo);
        assertTrue(FacePicker.pick(photos.detect(image), image.width(), image.height()).isPresent(), photo);
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
        assertTrue(near.get(0).landmarks().isPresent());
    }
}
