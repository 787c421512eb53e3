package moodbox.vision;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import moodbox.image.opencv.OpenCvLibrary;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.FaceDetectorYN;

/**
 * Face detection with YuNet (a 233 kB DNN, shipped in the jar: see {@code moodbox/vision/yunet/README.md})
 * through OpenCV's {@code FaceDetectorYN}: boxes plus five landmarks, faces turned and tilted, dim light. Full
 * frames are shrunk to {@link FaceDetectorSettings#detectWidth()} first; the tracking search looks only around
 * the last face, scaled so that face is about {@value #TRACK_FACE_PX} pixels wide.
 */
public final class YuNetFaceDetector implements FaceDetector {
    static final String MODEL = "/moodbox/vision/yunet/face_detection_yunet_2023mar.onnx";
    static final int TRACK_FACE_PX = 64;
    static final float SCORE_THRESHOLD = 0.7f;
    private static final float NMS_THRESHOLD = 0.3f;
    private static final int TOP_K = 50;

    private final FaceDetectorYN net;
    private final FaceDetectorSettings settings;
    private Size inputSize = new Size(0, 0);

    public YuNetFaceDetector(FaceDetectorSettings settings) {
        OpenCvLibrary.load();
        MatOfByte model = new MatOfByte(modelBytes());
        MatOfByte config = new MatOfByte();
        try {
            this.net = FaceDetectorYN.create("onnx", model, config, new Size(320, 320), SCORE_THRESHOLD,
                    NMS_THRESHOLD, TOP_K);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the YuNet face detector in this build cannot be loaded by OpenCV ("
                    + e.getMessage() + "): rebuild Moodbox, or choose the Haar detector (\"faceDetector\": \"haar\""
                    + " in the settings, with Debian's opencv-data installed)", e);
        } finally {
            model.release();
            config.release();
        }
        this.settings = settings;
    }

    private static byte[] modelBytes() {
        try (InputStream in = YuNetFaceDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalArgumentException("the YuNet face detector " + MODEL + " is missing from this build:"
                        + " rebuild Moodbox with `mvn package`, or choose the Haar detector (\"faceDetector\": \"haar\""
                        + " in the settings, with Debian's opencv-data installed)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the YuNet face detector from the jar: " + e.getMessage(), e);
        }
    }

    @Override
    public FaceDetectorKind kind() {
        return FaceDetectorKind.YUNET;
    }

    @Override
    public List<Face> detect(GrayImage frame) {
        double scale = Math.min(1.0, (double) settings.detectWidth() / frame.width());
        double minFace = 0.75 * settings.minFaceFraction() * frame.width();
        int pad = (int) Math.round(settings.edgePadding() * Math.max(frame.width(), frame.height()) * scale);
        return search(frame, new FaceBox(0, 0, frame.width(), frame.height()), scale, pad, minFace);
    }

    @Override
    public List<Face> detectNear(GrayImage frame, FaceBox last) {
        FaceBox region = last.scaled(2.0, 0).clippedTo(frame.width(), frame.height());
        if (region == null) {
            return List.of();
        }
        double scale = Math.min(1.0, (double) TRACK_FACE_PX / last.width());
        return search(frame, region, scale, 0, last.width() * 0.6);
    }

    private List<Face> search(GrayImage frame, FaceBox region, double scale, int pad, double minFace) {
        Mat full = OpenCvImages.toMat(frame);
        Mat roi = full.submat(region.y(), region.y() + region.height(), region.x(), region.x() + region.width());
        Mat small = new Mat();
        Mat colour = new Mat();
        Mat found = new Mat();
        try {
            Imgproc.resize(roi, small, new Size(Math.max(1, Math.round(region.width() * scale)),
                    Math.max(1, Math.round(region.height() * scale))), 0, 0, Imgproc.INTER_AREA);
            if (pad > 0) {
                Core.copyMakeBorder(small, small, pad, pad, pad, pad, Core.BORDER_REPLICATE);
            }
            Imgproc.cvtColor(small, colour, Imgproc.COLOR_GRAY2BGR);
            Size size = colour.size();
            if (!size.equals(inputSize)) {
                net.setInputSize(size);
                inputSize = size;
            }
            net.detect(colour, found);
            List<Face> faces = new ArrayList<>();
            float[] row = new float[15];
            for (int i = 0; i < found.rows(); i++) {
                found.get(i, 0, row);
                Face face = toFrame(row, region, scale, pad);
                FaceBox inFrame = face.box().clippedTo(frame.width(), frame.height());
                if (face.box().width() >= minFace && inFrame != null && inFrame.area() * 2 >= face.box().area()) {
                    faces.add(new Face(inFrame, face.landmarks()));
                }
            }
            return faces;
        } finally {
            found.release();
            colour.release();
            small.release();
            roi.release();
            full.release();
        }
    }

    /** One YuNet output row (box, five landmarks, score) mapped from the searched image back to frame pixels. */
    private static Face toFrame(float[] row, FaceBox region, double scale, int pad) {
        FacePoint[] p = new FacePoint[5];
        for (int k = 0; k < 5; k++) {
            p[k] = new FacePoint(region.x() + (row[4 + 2 * k] - pad) / scale,
                    region.y() + (row[5 + 2 * k] - pad) / scale);
        }
        FaceBox box = new FaceBox((int) Math.round(region.x() + (row[0] - pad) / scale),
                (int) Math.round(region.y() + (row[1] - pad) / scale),
                Math.max(1, (int) Math.round(row[2] / scale)), Math.max(1, (int) Math.round(row[3] / scale)));
        return Face.withLandmarks(box, new Landmarks(p[0], p[1], p[2], p[3], p[4]));
    }

    @Override
    public void close() {
        // FaceDetectorYN has no explicit release in the Java API; its native memory goes with finalization.
    }
}
