package moodbox.vision;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import moodbox.camera.opencv.OpenCvImages;
import moodbox.camera.opencv.OpenCvLibrary;
import moodbox.emotion.GrayImage;
import org.opencv.core.Core;
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

    public CascadeFaceDetector(FaceDetectorSettings settings) {
        if (!Files.isReadable(settings.cascade())) {
            throw new IllegalArgumentException("face cascade not found: " + settings.cascade()
                    + " (install the Debian package opencv-data, or set the cascade path in the settings)");
        }
        OpenCvLibrary.load();
        this.cascade = new CascadeClassifier(settings.cascade().toString());
        if (cascade.empty()) {
            throw new IllegalArgumentException("not an OpenCV cascade file: " + settings.cascade());
        }
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
