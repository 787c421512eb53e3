package moodbox.music.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import moodbox.music.AudioFeatures;
import moodbox.music.demo.ClipRecipe;
import moodbox.music.demo.DemoLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the synthesised demo clips, decoded and analysed, get the moods they were written to have. */
class DemoClipAnalysisTest {
    @TempDir
    static Path cache;
    static Map<String, AudioFeatures> features = new HashMap<>();

    @BeforeAll
    static void analyseDemoClips() throws Exception {
        Path folder = new DemoLibrary(cache).materialise();
        AudioAnalyzer analyzer = new AudioAnalyzer(120);
        for (ClipRecipe recipe : DemoLibrary.RECIPES) {
            AudioFeatures f = analyzer.analyse(folder.resolve(recipe.fileName()));
            features.put(recipe.fileName(), f);
        }
    }

    @Test
    void everyClipGetsItsIntendedMood() {
        for (ClipRecipe recipe : DemoLibrary.RECIPES) {
            AudioFeatures f = features.get(recipe.fileName());
            assertEquals(recipe.intended(), f.mood(), recipe.title() + " " + f + " valence " + f.valence() + " arousal " + f.arousal());
        }
    }

    @Test
    void tempoIsMeasuredWithinFourPercent() {
        for (ClipRecipe recipe : DemoLibrary.RECIPES) {
            double bpm = features.get(recipe.fileName()).tempoBpm();
            assertEquals(recipe.bpm(), bpm, recipe.bpm() * 0.04, recipe.title());
        }
    }

    @Test
    void modeSeparatesMajorFromMinor() {
        for (ClipRecipe recipe : DemoLibrary.RECIPES) {
            double mode = features.get(recipe.fileName()).modeScore();
            assertTrue(recipe.minor() ? mode < 0 : mode > 0, recipe.title() + " mode score " + mode);
        }
    }
}
