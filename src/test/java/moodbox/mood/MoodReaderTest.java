package moodbox.mood;

import moodbox.testing.ManualClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import moodbox.emotion.Emotion;
import moodbox.emotion.EmotionScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoodReaderTest {
    private static final Duration FRAME = Duration.ofMillis(100);
    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T10:00:00Z"));
    private final MoodReader reader = new MoodReader(MoodSettings.defaults(), clock);
    private final List<String> verdicts = new ArrayList<>(List.of("LOOKING"));

    /**
     * Script: steps separated by ';'. A step is "SPEC xN" (N frames, 100 ms apart) or "detect". SPEC is
     * "none", "happy:0.8" (that probability, the rest shared evenly), "sad:0.45+happy:0.38" (two set), or
     * "happy:0.6/sad:0.6" (alternating frame by frame). Expected: the sequence of verdict changes.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            happy:0.8 x30                                       | LOOKING>Happy
            none x30                                            | LOOKING>NO_FACE
            neutral:0.3 x30                                     | LOOKING>NOT_SURE
            happy:0.8 x20                                       | LOOKING
            happy:0.8 x30; none x30                             | LOOKING>Happy>NO_FACE
            none x30; sad:0.7 x30                               | LOOKING>NO_FACE>Sad
            happy:0.8 x30; sad:0.7 x40                          | LOOKING>Happy>Sad
            happy:0.8 x30; sad:0.45+happy:0.38 x60              | LOOKING>Happy
            happy:0.8 x30; sad:0.45+happy:0.30 x60              | LOOKING>Happy>Sad
            happy:0.8 x30; happy:0.33 x40                       | LOOKING>Happy
            happy:0.8 x30; happy:0.25 x40                       | LOOKING>Happy>NOT_SURE
            happy:0.6/sad:0.6 x40                               | LOOKING>NOT_SURE
            happy:0.8 x30; detect; happy:0.8 x20                | LOOKING>Happy>LOOKING
            happy:0.8 x30; detect; angry:0.6 x30                | LOOKING>Happy>LOOKING>Angry
            happy:0.8 x5; none x1; happy:0.8 x5; none x1; happy:0.8 x30 | LOOKING>Happy
            """)
    void scriptedFramesGiveTheseDecisions(String script, String expected) {
        for (String step : script.split(";")) {
            step = step.trim();
            if (step.equals("detect")) {
                reader.detectNow();
                record(reader.current());
                continue;
            }
            String[] parts = step.split(" x");
            String[] alternatives = parts[0].split("/");
            for (int i = 0; i < Integer.parseInt(parts[1]); i++) {
                clock.advance(FRAME);
                String spec = alternatives[i % alternatives.length];
                record(spec.equals("none") ? reader.offerNoFace() : reader.offer(scores(spec)));
            }
        }
        assertEquals(expected, String.join(">", verdicts));
    }

    @Test
    void aFreshWindowAfterDetectNowDecidesWithinThreeSeconds() {
        feed(Emotion.SAD, 0.8, 40);
        reader.detectNow();
        Instant pressed = clock.instant();
        while (reader.current().kind() == MoodDecision.Kind.LOOKING) {
            clock.advance(FRAME);
            reader.offer(scoresFor(Emotion.HAPPY, 0.8));
        }
        assertEquals(Emotion.HAPPY, reader.current().emotion().orElseThrow());
        assertTrue(Duration.between(pressed, clock.instant()).compareTo(Duration.ofSeconds(3)) <= 0);
    }

    @Test
    void reportsNoFaceWithinOneWindowOfTheFaceLeaving() {
        feed(Emotion.HAPPY, 0.8, 40);
        Instant left = clock.instant();
        while (reader.current().kind() != MoodDecision.Kind.NO_FACE) {
            clock.advance(FRAME);
            reader.offerNoFace();
        }
        assertTrue(Duration.between(left, clock.instant()).compareTo(MoodSettings.defaults().window()) <= 0);
    }

    @Test
    void aNoisySteadyFaceNeverFlipsMoreThanOncePerWindow() {
        Random random = new Random(7);
        Instant lastFlip = null;
        MoodDecision previous = reader.current();
        for (int frame = 0; frame < 3000; frame++) {
            clock.advance(FRAME);
            // A truly happy face, but single frames disagree: 35% of frames pick a random other emotion.
            Emotion seen = random.nextDouble() < 0.35 ? Emotion.fromIndex(random.nextInt(7)) : Emotion.HAPPY;
            MoodDecision now = reader.offer(scoresFor(seen, 0.45 + 0.4 * random.nextDouble()));
            if (!now.sameVerdict(previous) && previous.kind() != MoodDecision.Kind.LOOKING) {
                assertTrue(lastFlip == null || Duration.between(lastFlip, clock.instant())
                        .compareTo(MoodSettings.defaults().window()) >= 0, "flipped twice within a window at " + frame);
                lastFlip = clock.instant();
            }
            previous = now;
        }
        assertEquals(Emotion.HAPPY, reader.current().emotion().orElseThrow());
    }

    private void feed(Emotion emotion, double p, int frames) {
        for (int i = 0; i < frames; i++) {
            clock.advance(FRAME);
            reader.offer(scoresFor(emotion, p));
        }
    }

    private void record(MoodDecision decision) {
        String verdict = decision.emotion().map(Emotion::label).orElse(decision.kind().name());
        if (!verdict.equals(verdicts.get(verdicts.size() - 1))) {
            verdicts.add(verdict);
        }
    }

    private static EmotionScores scores(String spec) {
        float[] p = new float[Emotion.COUNT];
        double set = 0;
        List<Integer> given = new ArrayList<>();
        for (String part : spec.split("\\+")) {
            String[] kv = part.split(":");
            int i = Emotion.fromLabel(kv[0]).index();
            p[i] = Float.parseFloat(kv[1]);
            set += p[i];
            given.add(i);
        }
        for (int i = 0; i < p.length; i++) {
            if (!given.contains(i)) {
                p[i] = (float) ((1 - set) / (Emotion.COUNT - given.size()));
            }
        }
        return new EmotionScores(p);
    }

    private static EmotionScores scoresFor(Emotion emotion, double p) {
        return scores(emotion.label() + ":" + p);
    }
}
