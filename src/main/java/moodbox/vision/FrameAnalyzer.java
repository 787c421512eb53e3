package moodbox.vision;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import moodbox.emotion.EmotionClassifier;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;

/**
 * The live vision pipeline for one camera: frame → face → crop (preprocessed to the model's 48×48 input) → emotion scores. While a face is tracked it
 * searches only near the last face; it falls back to a full-frame search when the face is lost, and every
 * {@value #FULL_SEARCH_EVERY} frames so that a larger or more central person who steps in takes over.
 * Not thread-safe: one camera thread calls {@link #analyze}.
 */
public final class FrameAnalyzer {
    static final int FULL_SEARCH_EVERY = 30;

    private final FaceDetector detector;
    private final EmotionClassifier classifier;
    private Face tracked;
    private int framesSinceFullSearch;

    public FrameAnalyzer(FaceDetector detector, EmotionClassifier classifier) {
        this.detector = detector;
        this.classifier = classifier;
    }

    public FrameAnalysis analyze(GrayImage frame) {
        Optional<Face> face = find(frame);
        tracked = face.orElse(null);
        return face.map(f -> {
            GrayImage crop = FaceCrop.modelInput(frame, f);
            return FrameAnalysis.of(f, crop, classifier.classify(crop));
        }).orElseGet(FrameAnalysis::noFace);
    }

    /** Forgets the tracked face, so the next frame gets a full search (e.g. after the camera restarted). */
    public void reset() {
        tracked = null;
    }

    private Optional<Face> find(GrayImage frame) {
        if (tracked != null && ++framesSinceFullSearch < FULL_SEARCH_EVERY) {
            FaceBox last = tracked.box();
            Optional<Face> near = detector.detectNear(frame, last).stream()
                    .max(Comparator.comparingDouble(f -> f.box().overlap(last)));
            if (near.isPresent()) {
                return near;
            }
        }
        framesSinceFullSearch = 0;
        List<Face> all = detector.detect(frame);
        return FacePicker.pick(all, frame.width(), frame.height());
    }
}
