package moodbox.vision;

import java.nio.file.Path;
import java.util.List;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import moodbox.training.Datasets;
import moodbox.training.FaceDataset;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Not a test: the tool that measured where FER2013 puts a face's landmarks (the numbers in {@link FaceAligner}).
 * Usage, from the test classpath: {@code FerFramingProbe TRAIN_CSV_GZ N}. Each of the first N training faces is
 * upscaled 4× (bicubic), given a border of mid-grey, and searched with YuNet; the five landmarks of the faces
 * found are mapped back to 48×48 coordinates and averaged. Prints the detection rate and each point's mean and
 * standard deviation.
 */
public final class FerFramingProbe {
    static final int UPSCALE = 4;

    private FerFramingProbe() {
    }

    public static void main(String[] args) throws Exception {
        FaceDataset faces = Datasets.load(Path.of(args[0]), "Training", false).head(Integer.parseInt(args[1]));
        double border = args.length > 2 ? Double.parseDouble(args[2]) : 0.5;
        double[] sum = new double[10];
        double[] sq = new double[10];
        int found = 0;
        try (FaceDetector detector = new FaceDetectorSettings(FaceDetectorKind.YUNET, FaceDetectorSettings.DEBIAN_CASCADE,
                4096, 0.05, 0).open()) {
            for (int i = 0; i < faces.size(); i++) {
                int pad = (int) Math.round(48 * UPSCALE * border);
                GrayImage big = bordered(faces.image(i), pad);
                List<Face> all = detector.detect(big);
                var best = FacePicker.pick(all, big.width(), big.height());
                if (best.isEmpty() || best.get().landmarks().isEmpty()) {
                    continue;
                }
                found++;
                List<FacePoint> points = best.get().landmarks().get().points();
                for (int k = 0; k < 5; k++) {
                    double x = (points.get(k).x() - pad) / UPSCALE;
                    double y = (points.get(k).y() - pad) / UPSCALE;
                    sum[2 * k] += x;
                    sum[2 * k + 1] += y;
                    sq[2 * k] += x * x;
                    sq[2 * k + 1] += y * y;
                }
            }
        }
        System.out.printf("found %d of %d (%.1f%%), border %.2f%n", found, faces.size(), 100.0 * found / faces.size(),
                border);
        String[] names = {"rightEye", "leftEye", "nose", "mouthRight", "mouthLeft"};
        for (int k = 0; k < 5; k++) {
            double mx = sum[2 * k] / found;
            double my = sum[2 * k + 1] / found;
            System.out.printf("%-10s x %.2f (sd %.2f)  y %.2f (sd %.2f)%n", names[k], mx,
                    Math.sqrt(sq[2 * k] / found - mx * mx), my, Math.sqrt(sq[2 * k + 1] / found - my * my));
        }
    }

    private static GrayImage bordered(GrayImage face, int pad) {
        Mat small = OpenCvImages.toMat(face);
        Mat big = new Mat();
        try {
            Imgproc.resize(small, big, new Size(48 * UPSCALE, 48 * UPSCALE), 0, 0, Imgproc.INTER_CUBIC);
            Core.copyMakeBorder(big, big, pad, pad, pad, pad, Core.BORDER_CONSTANT, new Scalar(128));
            return OpenCvImages.fromMat(big);
        } finally {
            small.release();
            big.release();
        }
    }
}
