package moodbox.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings' camera source as the camera side takes it; simulate mode always means the synthetic scene. */
class CameraSourceTest {
    @ParameterizedTest
    @CsvSource({
        "rpicam, PI_CAMERA, rpicam-vid",
        "usb:0, USB, 0",
        "/dev/video2, USB, /dev/video2",
        "folder:/home/pi/faces, IMAGE_FOLDER, /home/pi/faces",
        "video:/home/pi/clip.avi, VIDEO_FILE, /home/pi/clip.avi"})
    void mapsEachSource(String source, CameraSettings.Kind kind, String device) {
        CameraSettings camera = CameraSettings.forSource(source, false);
        assertEquals(kind, camera.kind());
        assertEquals(device, camera.device());
        assertEquals(640, camera.width());
    }

    @Test
    void simulateAndSimMeanTheScene() {
        assertEquals(CameraSettings.Kind.SCENE, CameraSettings.forSource("rpicam", true).kind());
        assertEquals(CameraSettings.Kind.SCENE, CameraSettings.forSource("sim", false).kind());
    }
}
