package moodbox.config;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How the mood is read: over a window of seconds, deciding only above a confidence threshold, again every
 * interval (0 = only when the button is pressed), from a camera source. Camera sources: {@code rpicam}
 * (Pi camera module), {@code usb:N} (USB webcam number N), {@code /dev/videoN}, {@code sim} (synthetic
 * faces), {@code folder:PATH} (a folder of images) or {@code video:PATH} (an MJPG video file). Faces are found
 * by {@code yunet} (the DNN detector shipped in the jar, the default) or {@code haar} (OpenCV's Haar cascade
 * from Debian's opencv-data, the fallback).
 */
public record DetectionSettings(double detectionWindowSeconds, double confidenceThreshold,
                                double detectionIntervalSeconds, String cameraSource, String faceDetector) {
    private static final Pattern CAMERA = Pattern.compile("sim|rpicam|usb:\\d{1,2}|/dev/[A-Za-z0-9_/.-]+|(folder|video):/.+");

    public DetectionSettings {
        InvalidSettingException.range(detectionWindowSeconds, 0.5, 30, "detectionWindowSeconds");
        InvalidSettingException.range(confidenceThreshold, 0, 1, "confidenceThreshold");
        InvalidSettingException.range(detectionIntervalSeconds, 0, 86_400, "detectionIntervalSeconds");
        InvalidSettingException.check(cameraSource != null && CAMERA.matcher(cameraSource).matches()
                        && !cameraSource.contains("/../"), "cameraSource",
                "cameraSource must be rpicam, usb:N, /dev/videoN, sim, folder:/PATH or video:/PATH, not \"" + cameraSource + "\"");
        InvalidSettingException.check("yunet".equals(faceDetector) || "haar".equals(faceDetector), "faceDetector",
                "faceDetector must be yunet (built in) or haar (needs Debian's opencv-data), not \"" + faceDetector + "\"");
    }

    /** The detection window as a duration. */
    public Duration window() {
        return Duration.ofMillis(Math.round(detectionWindowSeconds * 1000));
    }

    /** The time between periodic looks; {@link Duration#ZERO}: look again only when the button is pressed. */
    public Duration interval() {
        return Duration.ofMillis(Math.round(detectionIntervalSeconds * 1000));
    }

    public static DetectionSettings defaults() {
        return new DetectionSettings(3.0, 0.5, 300, "rpicam", "yunet");
    }
}
