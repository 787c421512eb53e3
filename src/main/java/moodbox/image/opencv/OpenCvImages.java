package moodbox.image.opencv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import moodbox.image.GrayImage;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/** Conversions between image files, encoded bytes, OpenCV {@link Mat}s and {@link GrayImage}s. */
public final class OpenCvImages {
    private OpenCvImages() {
    }

    /** Reads a JPEG, PNG, BMP, … file as 8-bit gray; a missing or undecodable file is an {@link IOException}. */
    public static GrayImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read " + file);
        }
        return decode(Files.readAllBytes(file), file.toString());
    }

    /** Decodes an encoded image (JPEG, PNG, …) to 8-bit gray. */
    public static GrayImage decode(byte[] encoded, String what) throws IOException {
        OpenCvLibrary.load();
        MatOfByte bytes = new MatOfByte(encoded);
        Mat mat = Imgcodecs.imdecode(bytes, Imgcodecs.IMREAD_GRAYSCALE);
        bytes.release();
        try {
            if (mat.empty()) {
                throw new IOException("not a readable image: " + what);
            }
            return fromMat(mat);
        } finally {
            mat.release();
        }
    }

    /** Copies an 8-bit gray or BGR(A) Mat into a new GrayImage. */
    public static GrayImage fromMat(Mat mat) {
        Mat gray = mat;
        if (mat.channels() == 3) {
            gray = new Mat();
            Imgproc.cvtColor(mat, gray, Imgproc.COLOR_BGR2GRAY);
        } else if (mat.channels() == 4) {
            gray = new Mat();
            Imgproc.cvtColor(mat, gray, Imgproc.COLOR_BGRA2GRAY);
        }
        if (gray.depth() != CvType.CV_8U) {
            throw new IllegalArgumentException("need an 8-bit image, got " + CvType.typeToString(mat.type()));
        }
        byte[] px = new byte[gray.cols() * gray.rows()];
        Mat continuous = gray.isContinuous() ? gray : gray.clone();
        continuous.get(0, 0, px);
        GrayImage out = new GrayImage(gray.cols(), gray.rows(), px);
        if (continuous != gray) {
            continuous.release();
        }
        if (gray != mat) {
            gray.release();
        }
        return out;
    }

    /** A new 8-bit one-channel Mat holding the image's pixels; the caller releases it. */
    public static Mat toMat(GrayImage image) {
        OpenCvLibrary.load();
        Mat mat = new Mat(image.height(), image.width(), CvType.CV_8UC1);
        mat.put(0, 0, image.pixels());
        return mat;
    }

    /** Encodes a gray image as PNG bytes. */
    public static byte[] encodePng(GrayImage image) {
        Mat mat = toMat(image);
        MatOfByte out = new MatOfByte();
        try {
            if (!Imgcodecs.imencode(".png", mat, out)) {
                throw new IllegalStateException("PNG encoding failed");
            }
            return out.toArray();
        } finally {
            mat.release();
            out.release();
        }
    }
}
