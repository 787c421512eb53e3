package moodbox.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import moodbox.config.MusicSettings;
import moodbox.config.Policy;
import moodbox.config.VolumeSettings;
import moodbox.emotion.Emotion;
import moodbox.music.library.LibraryStatus;
import moodbox.music.library.StickWatcher;
import moodbox.music.library.TrackIndex;
import moodbox.playback.RecordingPlayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring from settings: a configured music folder, a mood folder, no demo, start volume, clean shutdown. */
class MusicSystemTest {
    @TempDir
    Path fs;

    @Test
    void configuredFolderIsScannedAndPlayed() throws Exception {
        Path music = fs.resolve("music");
        TestAudio.wav(TestAudio.BRIGHT, music.resolve("Melancholy/rain.wav"));
        MusicSettings settings = new MusicSettings(Policy.MATCH, MusicSettings.defaults().emotionMusic(), List.of(music.toString()));
        RecordingPlayer player = new RecordingPlayer(1.0, 0.8);
        try (TrackIndex index = TrackIndex.open(fs.resolve("music-index.db"));
             MusicSystem system = MusicSystem.start(settings, new VolumeSettings(30, 80), false, index, fs.resolve("cache"),
                fs.resolve("no-mounts"), List.of(new StickWatcher.MountPlace(fs.resolve("media"), 2)), player)) {
            long until = System.nanoTime() + 20_000_000_000L;
            while (system.library().status().state() != LibraryStatus.State.READY) {
                assertTrue(System.nanoTime() < until, "not ready: " + system.library().status());
                Thread.sleep(20);
            }
            assertEquals(0.3, player.volume());
            assertTrue(!system.library().status().demo());
            system.jukebox().onMood(Emotion.SAD);
            assertEquals(List.of(music.resolve("Melancholy/rain.wav")), player.playedFiles());
            Track track = system.jukebox().status().track();
            assertEquals(Mood.SAD, track.mood(), "the mood folder wins over the bright sound");
            assertEquals(MoodSource.FOLDER, track.moodSource());
        }
        assertTrue(player.calls().contains("stop"), "shutdown stops playback: " + player.calls());
    }
}
