package moodbox.mood;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;

/**
 * Turns per-frame emotion scores into a steady mood. It averages the probabilities of the faces seen during
 * the last {@link MoodSettings#window()}; "no face" wins when most frames of the window had none. A new mood
 * must reach the threshold and beat the current mood by the margin, and between two face verdicts (mood or
 * "not sure") at least one window passes, so a steady face never flips more than once per window. Losing
 * and finding the face are reported at once. {@link #detectNow()} starts a fresh window with no memory of
 * the old mood; the next decision comes one window later. Thread-safe.
 */
public final class MoodReader {
    static final int MIN_FRAMES = 3;

    private MoodSettings settings;
    private final Clock clock;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private Instant watchingSince;
    private Instant lastChange;
    private MoodDecision current;

    private record Sample(Instant at, float[] probabilities) {
    }

    public MoodReader(MoodSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        detectNow();
    }

    /** One frame in which a face was read; returns the decision after it. */
    public synchronized MoodDecision offer(EmotionScores scores) {
        return add(scores.toArray());
    }

    /** One frame without a face; returns the decision after it. */
    public synchronized MoodDecision offerNoFace() {
        return add(null);
    }

    public synchronized MoodDecision current() {
        return current;
    }

    /** New settings (a settings change); like {@link #detectNow()}, it starts a fresh window. */
    public synchronized void configure(MoodSettings newSettings) {
        settings = newSettings;
        detectNow();
    }

    /** Forgets everything seen so far: the decision is {@code LOOKING} until a fresh window has been watched. */
    public synchronized void detectNow() {
        samples.clear();
        watchingSince = clock.instant();
        lastChange = watchingSince;
        current = MoodDecision.looking(watchingSince);
    }

    private MoodDecision add(float[] probabilities) {
        Instant now = clock.instant();
        samples.addLast(new Sample(now, probabilities));
        Instant windowStart = now.minus(settings.window());
        while (samples.getFirst().at().isBefore(windowStart)) {
            samples.removeFirst();
        }
        if (now.isBefore(watchingSince.plus(settings.window())) || samples.size() < MIN_FRAMES) {
            return current;
        }
        MoodDecision next = decide(now);
        boolean faceVerdicts = next.kind() != MoodDecision.Kind.NO_FACE && current.kind() != MoodDecision.Kind.NO_FACE
                && current.kind() != MoodDecision.Kind.LOOKING;
        if (!next.sameVerdict(current)) {
            if (faceVerdicts && Duration.between(lastChange, now).compareTo(settings.window()) < 0) {
                return current;
            }
            lastChange = now;
        }
        current = next;
        return current;
    }

    private MoodDecision decide(Instant now) {
        double[] mean = new double[Emotion.COUNT];
        int faces = 0;
        for (Sample s : samples) {
            if (s.probabilities() != null) {
                faces++;
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += s.probabilities()[i];
                }
            }
        }
        if (faces * 2 <= samples.size()) {
            return MoodDecision.noFace(now);
        }
        int best = 0;
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= faces;
            best = mean[i] > mean[best] ? i : best;
        }
        float[] meanScores = new float[Emotion.COUNT];
        for (int i = 0; i < mean.length; i++) {
            meanScores[i] = (float) mean[i];
        }
        EmotionScores scores = new EmotionScores(meanScores);
        Emotion candidate = Emotion.fromIndex(best);
        boolean clearWinner = mean[best] >= settings.threshold();
        if (current.kind() == MoodDecision.Kind.MOOD) {
            Emotion held = current.emotion().orElseThrow();
            double heldMean = mean[held.index()];
            if (candidate != held && clearWinner && mean[best] - heldMean >= settings.margin()) {
                return MoodDecision.mood(candidate, scores, now);
            }
            if (heldMean >= settings.threshold() - settings.margin()) {
                return MoodDecision.mood(held, scores, now);
            }
        }
        return clearWinner ? MoodDecision.mood(candidate, scores, now) : MoodDecision.notSure(scores, now);
    }
}
