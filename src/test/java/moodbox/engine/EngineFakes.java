package moodbox.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import moodbox.image.FaceBox;
import moodbox.image.GrayImage;

/** Small honest fakes for the engine's ports: a scripted mood reader, a recording music deck. */
final class EngineFakes {
    private EngineFakes() {
    }

    static final class RecordingDeck implements MusicDeck {
        final List<String> calls = new ArrayList<>();
        Duration position;
        int volume = 40;
        int maxVolume = 80;

        @Override
        public void play(Emotion mood) {
            calls.add("play " + mood.name().toLowerCase());
        }

        @Override
        public void next() {
            calls.add("next");
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
            volume = Math.min(percent, maxVolume);
            return volume;
        }

        @Override
        public Controls controls() {
            return new Controls(false, volume, maxVolume);
        }

        @Override
        public void rescan() {
            calls.add("rescan");
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
        return face(emotion, p, crop(0));
    }

    /** The same, with the given preprocessed face crop. */
    static Sighting face(Emotion emotion, double p, GrayImage crop) {
        float[] scores = new float[Emotion.COUNT];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i == emotion.index() ? (float) p : (float) ((1 - p) / (Emotion.COUNT - 1));
        }
        return new Sighting(new GrayImage(4, 4, new byte[16]), new FaceBox(1, 1, 2, 2), crop, new EmotionScores(scores));
    }

    /** A 48×48 face crop of one grey level, so a test can tell which frame a crop came from. */
    static GrayImage crop(int grey) {
        byte[] px = new byte[48 * 48];
        java.util.Arrays.fill(px, (byte) grey);
        return new GrayImage(48, 48, px);
    }

    static Sighting noFace() {
        return new Sighting(new GrayImage(4, 4, new byte[16]), null, null, null);
    }
}
