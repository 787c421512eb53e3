package moodbox.music.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import moodbox.music.TestAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags and durations agree across formats; our own OGG reader agrees with oggenc's tags. */
class TagReaderTest {
    @TempDir
    Path dir;
    final TagReader reader = new TagReader();

    @Test
    void readsTheSameTagsFromEveryFormat() throws Exception {
        for (String ext : new String[] {"mp3", "ogg", "flac"}) {
            Path file = TestAudio.encode(TestAudio.GLOOMY, dir.resolve("song." + ext), "Grüße – 雨", "The Artist", "Blues");
            TrackTags tags = reader.read(file);
            assertEquals("Grüße – 雨", tags.title(), ext);
            assertEquals("The Artist", tags.artist(), ext);
            assertEquals("Blues", tags.genre(), ext);
            assertEquals(8000, tags.durationMs(), 80, ext);
        }
    }

    @Test
    void brokenOggFilesGetReasons() throws Exception {
        Path ogg = TestAudio.encode(TestAudio.GLOOMY, dir.resolve("good.ogg"), "t", "a", "g");
        byte[] bytes = Files.readAllBytes(ogg);
        Path cut = dir.resolve("cut.ogg");
        Files.write(cut, Arrays.copyOf(bytes, 40));
        Path text = dir.resolve("text.ogg");
        Files.writeString(text, "hello");
        Path flacNamedOgg = dir.resolve("flac.ogg");
        Files.copy(TestAudio.encode(TestAudio.GLOOMY, dir.resolve("x.flac"), "t", "a", "g"), flacNamedOgg);
        assertTrue(assertThrows(TrackProblem.class, () -> reader.read(cut)).getMessage().contains("cut short"));
        assertTrue(assertThrows(TrackProblem.class, () -> reader.read(text)).getMessage().startsWith("not a readable OGG"));
        assertTrue(assertThrows(TrackProblem.class, () -> reader.read(flacNamedOgg)).getMessage().startsWith("not a readable OGG"));
    }
}
