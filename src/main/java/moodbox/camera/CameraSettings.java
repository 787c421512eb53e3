package moodbox.camera;

import java.util.Locale;

/**
 * Which camera to read and how. {@code device} means, by kind: USB — an index ("0") or a path
 * ("/dev/video0"); PI_CAMERA — the rpicam-vid program; VIDEO_FILE — an MJPG .avi file; IMAGE_FOLDER — a folder
 * of pictures; SCENE — nothing (the built-in synthetic scene; simulation is only ever this explicit choice).
 */
public record CameraSettings(Kind kind, String device, int width, int height, int framesPerSecond) {
    public enum Kind {
        USB, PI_CAMERA, VIDEO_FILE, IMAGE_FOLDER, SCENE;

        /** Accepts "usb", "pi-camera", "PI_CAMERA", … */
        public static Kind parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown camera kind '" + text
                        + "' (expected usb, pi-camera, video-file, image-folder or scene)");
            }
        }
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final int FPS = 10;

    public CameraSettings {
        if (kind == null) {
            throw new IllegalArgumentException("camera kind is missing");
        }
        if (kind != Kind.SCENE && (device == null || device.isBlank())) {
            throw new IllegalArgumentException("the " + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + " camera needs a device, program, file or folder");
        }
        if (width < 160 || width > 1920 || height < 120 || height > 1080) {
            throw new IllegalArgumentException("camera size must be 160x120 to 1920x1080, not " + width + "x" + height);
        }
        if (framesPerSecond < 1 || framesPerSecond > 60) {
            throw new IllegalArgumentException("camera frame rate must be 1-60 per second, not " + framesPerSecond);
        }
    }

    /**
     * The settings' {@code cameraSource} ({@code rpicam}, {@code usb:N}, {@code /dev/videoN}, {@code sim},
     * {@code folder:/PATH}, {@code video:/PATH}) at 640×480 and 10 frames a second (more than the face
     * analysis keeps up with on a Pi). Simulate mode always uses the synthetic scene.
     */
    public static CameraSettings forSource(String cameraSource, boolean simulate) {
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
