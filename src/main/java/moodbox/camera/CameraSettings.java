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

    /** The Pi camera module at 640×480, 15 frames per second. */
    public static CameraSettings defaults() {
        return new CameraSettings(Kind.PI_CAMERA, "rpicam-vid", 640, 480, 15);
    }
}
