package moodbox.app;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import moodbox.camera.CameraSettings;
import moodbox.config.Settings;
import moodbox.emotion.EmotionClassifier;
import moodbox.engine.FaceFeed;
import moodbox.state.PartStatus;
import moodbox.vision.FaceDetectorKind;
import moodbox.vision.VisionFeed;

/** The real vision side: the chosen camera with face analysis. */
final class VisionAdapters implements VisionParts {
    @Override
    public FaceFeed feed(Settings settings, boolean simulate, Supplier<EmotionClassifier> model, Clock clock,
            Consumer<PartStatus> status) {
        boolean scene = simulate || settings.detection().cameraSource().equals("sim");
        return VisionFeed.open(CameraSettings.forSource(settings.detection().cameraSource(), simulate),
                FaceDetectorKind.named(settings.detection().faceDetector()), scene, model, clock, status);
    }
}
