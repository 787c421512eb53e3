package moodbox.vision;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import moodbox.camera.CameraException;
import moodbox.camera.CameraOpeners;
import moodbox.camera.CameraSettings;
import moodbox.camera.CameraStatus;
import moodbox.camera.SupervisedCamera;
import moodbox.emotion.EmotionClassifier;
import moodbox.engine.FaceFeed;
import moodbox.engine.Sighting;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;
import moodbox.state.PartStatus;

/**
 * The camera and the vision side behind the engine's {@link FaceFeed}: a supervised camera (it reconnects
 * with back-off by itself) and the frame analyzer (face tracking, crop, emotion scores). Read from one thread.
 * Without a model the frames still reach the preview, with no face read. After {@link #close()} the
 * camera's last status reports (stopping) are not passed on.
 */
public final class VisionFeed implements FaceFeed {
    private final SupervisedCamera camera;
    private final FaceDetector detector;
    private final Supplier<EmotionClassifier> model;
    private FrameAnalyzer analyzer;
    private boolean modelAsked;
    private volatile boolean closed;

    private VisionFeed(SupervisedCamera camera, FaceDetector detector, Supplier<EmotionClassifier> model) {
        this.camera = camera;
        this.detector = detector;
        this.model = model;
    }

    /** Opens the face detector (throws, saying what to do, when it cannot load), then the camera. */
    public static VisionFeed open(CameraSettings settings, FaceDetectorKind faceDetector, boolean simulated, Supplier<EmotionClassifier> model, Clock clock,
            Consumer<PartStatus> status) {
        FaceDetector detector = FaceDetectorSettings.defaults().withKind(faceDetector).open();
        VisionFeed[] feed = new VisionFeed[1];
        SupervisedCamera camera = CameraOpeners.supervised(settings, clock, s -> {
            if (feed[0] == null || !feed[0].closed) {
                status.accept(partStatus(s, simulated));
            }
        });
        feed[0] = new VisionFeed(camera, detector, model);
        return feed[0];
    }

    static PartStatus partStatus(CameraStatus status, boolean simulated) {
        return switch (status.state()) {
            case CONNECTING -> new PartStatus(PartStatus.Health.STARTING, status.message());
            case RUNNING -> simulated ? PartStatus.simulated(status.message()) : PartStatus.ok(status.message());
            case UNAVAILABLE -> PartStatus.failed(status.message());
            case STOPPED -> PartStatus.absent(status.message());
        };
    }

    @Override
    public Sighting next() throws CameraException {
        GrayImage frame = camera.next();
        if (!modelAsked) {
            modelAsked = true;
            EmotionClassifier classifier = model.get();
            analyzer = classifier == null ? null : new FrameAnalyzer(detector, classifier);
        }
        if (analyzer == null) {
            return new Sighting(frame, null, null, null);
        }
        FrameAnalysis analysis = analyzer.analyze(frame);
        FaceBox face = analysis.face().map(Face::box).orElse(null);
        return new Sighting(frame, face, analysis.crop().orElse(null), analysis.scores().orElse(null));
    }

    @Override
    public void close() {
        closed = true;
        try {
            camera.close();
        } finally {
            detector.close();
        }
    }
}
