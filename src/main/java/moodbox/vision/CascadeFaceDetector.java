package moodbox.vision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import moodbox.image.opencv.OpenCvLibrary;
import org.opencv.core.Core;
import org.opencv.core.CvException;
import org.opencv.core.Mat;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;

/**
 * OpenCV Haar cascade face detection (the fallback detector: boxes only, no landmarks). Full frames are shrunk to {@link FaceDetectorSettings#detectWidth()} first;
 * the tracking search looks only around the last face, scaled so that face is about {@value #TRACK_FACE_PX}
 * pixels wide, and only for faces of similar size — a fraction of the full search's cost.
 */
public final class CascadeFaceDetector implements FaceDetector {
    static final int TRACK_FACE_PX = 48;
    private static final double SCALE_STEP = 1.1;
    private static final int MIN_NEIGHBOURS = 3;

    private final CascadeClassifier cascade;
    private final FaceDetectorSettings settings;

    /** Loads the cascade; a missing or unusable file is an {@link IllegalArgumentException} that says what to do. */
    public CascadeFaceDetector(FaceDetectorSettings settings) {
        Path file = settings.cascade();
        boolean standard = file.equals(FaceDetectorSettings.DEBIAN_CASCADE);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("no face cascade at " + file + (standard
                    ? ": install the Debian package opencv-data, which puts it there (sudo apt-get install opencv-data),"
                            + " or choose the built-in YuNet face finder (\"faceDetector\": \"yunet\", the default)"
                    : ": give an existing cascade file, e.g. " + FaceDetectorSettings.DEBIAN_CASCADE
                            + " from the Debian package opencv-data (sudo apt-get install opencv-data)"));
        }
        OpenCvLibrary.load();
        CascadeClassifier loaded;
        try {
            loaded = new CascadeClassifier(file.toString());
        } catch (CvException e) {
            loaded = null; // OpenCV's own text (a source file and line) helps no one: say it in words below
        }
        if (loaded == null || loaded.empty()) {
            throw new IllegalArgumentException(file + " is not a usable face cascade (it is empty, cut short or not an"
                    + " OpenCV cascade file): " + (standard
                    ? "reinstall it with sudo apt-get install --reinstall opencv-data"
                    : "use " + FaceDetectorSettings.DEBIAN_CASCADE + " (sudo apt-get install --reinstall opencv-data puts"
                            + " it back)"));
        }
        this.cascade = loaded;
        this.settings = settings;
    }

    @Override
    public FaceDetectorKind kind() {
        return FaceDetectorKind.HAAR;
    }

    @Override
    public List<Face> detect(GrayImage frame) {
        double scale = Math.min(1.0, (double) settings.detectWidth() / frame.width());
        int minFace = Math.max(20, (int) Math.round(settings.minFaceFraction() * frame.width() * scale));
        int pad = (int) Math.round(settings.edgePadding() * Math.max(frame.width(), frame.height()) * scale);
        return search(frame, new FaceBox(0, 0, frame.width(), frame.height()), scale, minFace, 0, pad);
    }

    @Override
    public List<Face> detectNear(GrayImage frame, FaceBox last) {
        FaceBox region = last.scaled(2.0, 0).clippedTo(frame.width(), frame.height());
        if (region == null) {
            return List.of();
        }
        double scale = Math.min(1.0, (double) TRACK_FACE_PX / last.width());
        int minFace = Math.max(20, (int) Math.round(last.width() * scale * 0.7));
        int maxFace = (int) Math.round(last.width() * scale * 1.45);
        return search(frame, region, scale, minFace, maxFace, 0);
    }

    private List<Face> search(GrayImage frame, FaceBox region, double scale, int minFace, int maxFace, int pad) {
        Mat full = OpenCvImages.toMat(frame);
        Mat roi = full.submat(region.y(), region.y() + region.height(), region.x(), region.x() + region.width());
        Mat small = new Mat();
        MatOfRect found = new MatOfRect();
        try {
            Imgproc.resize(roi, small, new Size(Math.max(1, Math.round(region.width() * scale)),
                    Math.max(1, Math.round(region.height() * scale))), 0, 0, Imgproc.INTER_AREA);
            Imgproc.equalizeHist(small, small);
            if (pad > 0) {
                Core.copyMakeBorder(small, small, pad, pad, pad, pad, Core.BORDER_REPLICATE);
            }
            cascade.detectMultiScale(small, found, SCALE_STEP, MIN_NEIGHBOURS, 0, new Size(minFace, minFace),
                    maxFace > 0 ? new Size(maxFace, maxFace) : new Size());
            List<Face> faces = new ArrayList<>();
            for (Rect r : found.toArray()) {
                FaceBox box = new FaceBox(region.x() + (int) Math.round((r.x - pad) / scale),
                        region.y() + (int) Math.round((r.y - pad) / scale),
                        (int) Math.round(r.width / scale), (int) Math.round(r.height / scale));
                FaceBox inFrame = box.clippedTo(frame.width(), frame.height());
                if (inFrame != null && inFrame.area() * 2 >= box.area()) {
                    faces.add(Face.boxOnly(inFrame));
                }
            }
            return faces;
        } finally {
            found.release();
            small.release();
            roi.release();
            full.release();
        }
    }

    @Override
    public void close() {
        // CascadeClassifier has no explicit release in the Java API; its native memory goes with finalization.
    }
}
