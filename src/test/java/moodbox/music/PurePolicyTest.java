package moodbox.music;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The policy and track model stay pure Java: no sound, camera, ML, GPIO or UI imports. */
class PurePolicyTest {
    private static final List<String> FORBIDDEN = List.of("javax.sound", "org.opencv", "org.tensorflow", "com.pi4j", "javafx");

    @ParameterizedTest
    @ValueSource(strings = {"MusicPolicy", "PolicySettings", "Policy", "EmotionTargets", "MoodTarget", "MoodOverride",
            "Mood", "Track", "AudioFeatures", "MoodVocabulary", "Jukebox", "NowPlaying"})
    void importsNothingNative(String name) throws IOException {
        String source = Files.readString(Path.of("src/main/java/moodbox/music/" + name + ".java"));
        for (String prefix : FORBIDDEN) {
            assertTrue(!source.contains("import " + prefix), name + " imports " + prefix);
        }
    }
}
