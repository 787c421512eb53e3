package moodbox.training;

import java.util.Locale;
import java.util.SplittableRandom;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.GrayImage;

/**
 * One pretend person's fixed way of being seen by the box: the household's one camera (its tone response as a
 * gamma, its contrast, lens blur and sensor noise) and that person's own place in the room (the framing of
 * their face: offset and zoom of the crop; their exposure, which scales the camera's gamma; a shadow falling
 * from one side). Everything but the noise is the same on every face of that person; the noise is drawn per
 * face from the given random source. See README "Learns its household".
 */
public record HouseholdCondition(double shiftX, double shiftY, double zoom, double gamma, double contrast,
                                 double shadowAngle, double shadowDepth, double blur, double noise) {

    /** A household's camera drawn from {@code random} (no framing or shadow yet), within the ranges a living room brings. */
    public static HouseholdCondition camera(SplittableRandom random) {
        return new HouseholdCondition(0, 0, 1, Math.exp(uniform(random, -0.8, 0.8)), uniform(random, 0.5, 1.0),
                0, 0, uniform(random, 0.5, 1.5), uniform(random, 3, 12));
    }

    /** This camera seeing one person: their framing, exposure and shadow drawn from {@code random}. */
    public HouseholdCondition person(SplittableRandom random) {
        return new HouseholdCondition(uniform(random, -4, 4), uniform(random, -4, 4), uniform(random, 0.9, 1.15),
                gamma * Math.exp(uniform(random, -0.3, 0.3)), contrast,
                uniform(random, 0, 2 * Math.PI), uniform(random, 0, 0.6), blur, noise);
    }

    private static double uniform(SplittableRandom random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    /** The face as this person's camera and room show it. */
    public GrayImage apply(GrayImage face, SplittableRandom noiseSource) {
        int w = face.width();
        int h = face.height();
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        double[] v = new double[w * h];
        double dirX = Math.cos(shadowAngle);
        double dirY = Math.sin(shadowAngle);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sample = FacePreprocessing.sample(face, (x - cx) / zoom + cx + shiftX, (y - cy) / zoom + cy + shiftY) / 255.0;
                double lit = CameraOptics.tone(sample, gamma, contrast);
                // 1 on the lit side, 1 - depth on the far side
                double along = ((x - cx) * dirX + (y - cy) * dirY) / Math.max(w, h) + 0.5;
                lit *= 1 - shadowDepth * Math.max(0, Math.min(1, along));
                v[y * w + x] = lit * 255;
            }
        }
        double[] blurred = blur > 0.05 ? CameraOptics.gaussianBlur(v, w, h, blur) : v;
        return new GrayImage(w, h, CameraOptics.withNoise(blurred, noise, noiseSource));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "shift %+.1f/%+.1f px, zoom %.2f, gamma %.2f, contrast %.2f, shadow %.0f%% from %.0f°, blur %.1f px, noise %.0f",
                shiftX, shiftY, zoom, gamma, contrast, 100 * shadowDepth, Math.toDegrees(shadowAngle), blur, noise);
    }
}
