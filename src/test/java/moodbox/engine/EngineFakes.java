package moodbox.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.emotion.GrayImage;
import moodbox.ui.FaceBox;

/** Small honest fakes for the engine's ports: a scripted mood reader, a recording music deck. */
final class EngineFakes {
    private EngineFakes() {
    }

    /** Says LOOKING for the first frames of each window, then the next scripted verdict (NO_FACE when none is left). */
    static final class ScriptedJudge implements MoodJudge {
        final Deque<Verdict> script = new ArrayDeque<>();
        final List<EmotionScores> offered = new ArrayList<>();
        final int framesPerWindow;
        int framesInWindow;
        int windowsStarted;
        Duration window;
        double threshold;

        ScriptedJudge(int framesPerWindow, Verdict... verdicts) {
            this.framesPerWindow = framesPerWindow;
            script.addAll(List.of(verdicts));
        }

        @Override
        public void detectNow() {
            framesInWindow = 0;
            windowsStarted++;
        }

        @Override
        public Verdict offer(EmotionScores scoresOrNull) {
            offered.add(scoresOrNull);
            if (++framesInWindow < framesPerWindow) {
                return Verdict.LOOKING;
            }
            return script.isEmpty() ? Verdict.NO_FACE : script.poll();
        }

        @Override
        public void configure(Duration newWindow, double newThreshold) {
            window = newWindow;
            threshold = newThreshold;
            detectNow();
        }
    }

    static final class RecordingDeck implements MusicDeck {
        final List<String> calls = new ArrayList<>();
        Duration position;

        @Override
        public void play(Emotion mood) {
            calls.add("play " + mood.name().toLowerCase());
        }

        @Override
        public void next() {
            calls.add("next");
        }

        @Override
        public void rescan() {
            calls.add("rescan");
        }

        @Override
        public void pause() {
            calls.add("pause");
        }

        @Override
        public void resume() {
            calls.add("resume");
        }

        @Override
        public int volume(int percent) {
            calls.add("volume " + percent);
            return percent;
        }

        @Override
        public Controls controls() {
            return Controls.NONE;
        }

        @Override
        public Optional<Duration> position() {
            return Optional.ofNullable(position);
        }

        @Override
        public LibraryInfo library() {
            return LibraryInfo.NONE;
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    /** A frame with a face whose scores put {@code p} on {@code emotion} and the rest evenly on the others. */
    static Sighting face(Emotion emotion, double p) {
        float[] scores = new float[Emotion.COUNT];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i == emotion.index() ? (float) p : (float) ((1 - p) / (Emotion.COUNT - 1));
        }
        return new Sighting(new GrayImage(4, 4, new byte[16]), new FaceBox(1, 1, 2, 2), new EmotionScores(scores));
    }

    static Sighting noFace() {
        return new Sighting(new GrayImage(4, 4, new byte[16]), null, null);
    }
}
