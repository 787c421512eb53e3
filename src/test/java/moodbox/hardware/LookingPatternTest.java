package moodbox.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import moodbox.config.MoodColours;
import moodbox.config.RgbColor;
import moodbox.emotion.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookingPatternTest {

    @ParameterizedTest
    @CsvSource({"0,Angry", "1,Disgust", "6,Neutral", "7,Surprise", "11,Disgust", "12,Angry", "13,Disgust"})
    void oneLightRunsAlongTheLedsAndBack(long step, String lit) {
        assertEquals(Set.of(Emotion.fromLabel(lit)), LookingPattern.ledsAt(step));
    }

    @Test
    void everyLedTakesPartAndTheRgbLedBreathesDimly() {
        Set<Emotion> seen = new HashSet<>();
        Set<RgbColor> colours = new HashSet<>();
        for (long step = 0; step < 24; step++) {
            seen.addAll(LookingPattern.ledsAt(step));
            RgbColor rgb = LookingPattern.rgbAt(step);
            colours.add(rgb);
            assertEquals(rgb.red(), rgb.blue());
            assertNotEquals(RgbColor.OFF, rgb);
        }
        assertEquals(Emotion.COUNT, seen.size());
        assertEquals(5, colours.size());
    }

    @ParameterizedTest
    @CsvSource({"Angry,#FF2020", "Happy,#FFD000", "Sad,#2060FF", "Neutral,#FFFFFF"})
    void moodColours(String mood, String hex) {
        assertEquals(hex, MoodColours.of(Emotion.fromLabel(mood)).hex());
    }

    @Test
    void everyMoodHasItsOwnColour() {
        Set<RgbColor> colours = new HashSet<>();
        for (Emotion e : Emotion.values()) {
            colours.add(MoodColours.of(e));
        }
        assertEquals(Emotion.COUNT, colours.size());
    }
}
