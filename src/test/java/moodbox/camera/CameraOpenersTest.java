package moodbox.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameraOpenersTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            usb          | /dev/video-moodbox-test   | is it plugged in
            usb          | 57                        | cannot open USB camera 57
            pi-camera    | /nonexistent/rpicam-vid   | install rpicam-apps
            video-file   | /nonexistent/clip.avi     | video file not found
            image-folder | /nonexistent/pictures     | image folder not found
            """)
    void aMissingCameraIsReportedWithItsReason(String kind, String device, String reason) {
        CameraSettings settings = new CameraSettings(CameraSettings.Kind.parse(kind), device, 640, 480, 15);
        CameraException e = assertThrows(CameraException.class,
                () -> CameraOpeners.forSettings(settings, Clock.systemUTC(), d -> { }).open());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void theSceneIsASimulatedCameraOfTheChosenSize() throws Exception {
        CameraSettings settings = new CameraSettings(CameraSettings.Kind.SCENE, null, 320, 240, 10);
        try (FrameSource scene = CameraOpeners.forSettings(settings, Clock.systemUTC(), d -> { }).open()) {
            GrayImage frame = scene.next();
            assertEquals(320, frame.width());
            assertEquals(240, frame.height());
            assertTrue(scene.description().contains("simulated"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            webcam | /dev/video0 | 640 | 480 | 15 | unknown camera kind
            usb    | ''          | 640 | 480 | 15 | needs a device
            usb    | 0           | 100 | 480 | 15 | camera size
            usb    | 0           | 640 | 480 | 0  | frame rate
            """)
    void badSettingsAreRefusedWithAClearMessage(String kind, String device, int w, int h, int fps, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CameraSettings(CameraSettings.Kind.parse(kind), device, w, h, fps));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
