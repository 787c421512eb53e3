package moodbox.app;

import moodbox.camera.CameraSettings;
import moodbox.camera.CameraSettings.Kind;

/**
 * The settings' {@code cameraSource} as the camera side takes it: {@code rpicam}, {@code usb:N},
 * {@code /dev/videoN}, {@code sim}, {@code folder:/PATH}, {@code video:/PATH}. Simulate mode always uses the
 * synthetic scene. Frames are 640×480 at 10 per second (more than the face analysis keeps up with on a Pi).
 */
final class CameraChoice {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final int FPS = 10;

    private CameraChoice() {
    }

    static CameraSettings of(String cameraSource, boolean simulate) {
        if (simulate || cameraSource.equals("sim")) {
            return new CameraSettings(Kind.SCENE, null, WIDTH, HEIGHT, FPS);
        }
        if (cameraSource.equals("rpicam")) {
            return new CameraSettings(Kind.PI_CAMERA, "rpicam-vid", WIDTH, HEIGHT, FPS);
        }
        if (cameraSource.startsWith("usb:")) {
            return new CameraSettings(Kind.USB, cameraSource.substring(4), WIDTH, HEIGHT, FPS);
        }
        if (cameraSource.startsWith("/dev/")) {
            return new CameraSettings(Kind.USB, cameraSource, WIDTH, HEIGHT, FPS);
        }
        if (cameraSource.startsWith("folder:")) {
            return new CameraSettings(Kind.IMAGE_FOLDER, cameraSource.substring(7), WIDTH, HEIGHT, FPS);
        }
        if (cameraSource.startsWith("video:")) {
            return new CameraSettings(Kind.VIDEO_FILE, cameraSource.substring(6), WIDTH, HEIGHT, FPS);
        }
        throw new IllegalArgumentException("unknown camera source \"" + cameraSource + "\"");
    }
}
