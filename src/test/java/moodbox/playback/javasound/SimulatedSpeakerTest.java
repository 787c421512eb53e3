package moodbox.playback.javasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import moodbox.playback.Player;
import moodbox.playback.PlayerListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated speaker plays a song through the real player path, taking as long as the song lasts. */
class SimulatedSpeakerTest {
    @Test
    void aSongLastsAsLongAsItShouldAndItsPositionAdvances(@TempDir Path dir) throws Exception {
        AudioFormat format = new AudioFormat(22_050, 16, 1, true, false);
        byte[] pcm = new byte[22_050 * 2 * 3 / 2]; // 1.5 s of silence
        Path wav = dir.resolve("song.wav");
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2),
                AudioFileFormat.Type.WAVE, wav.toFile());

        CompletableFuture<Long> started = new CompletableFuture<>();
        CompletableFuture<Player.EndReason> ended = new CompletableFuture<>();
        try (JavaSoundPlayer player = new JavaSoundPlayer(0.5, 1.0, true)) {
            player.addListener(new PlayerListener() {
                @Override
                public void started(Path file) {
                    started.complete(System.nanoTime());
                }

                @Override
                public void ended(Path file, Player.EndReason reason, String detail) {
                    ended.complete(reason);
                }
            });
            player.play(wav, 0);
            long t0 = started.get(10, TimeUnit.SECONDS);
            Thread.sleep(700);
            long position = player.positionMs();
            assertTrue(position >= 400 && position <= 1500, "position after 0.7 s: " + position + " ms");
            assertEquals(Player.EndReason.FINISHED, ended.get(10, TimeUnit.SECONDS));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds >= 1.3, "a 1.5 s song ended after " + seconds + " s");
        }
    }

    /** At shutdown the jukebox hears "stopped" and asks for the next song: a closed player must not start it. */
    @Test
    void aListenerThatPlaysTheNextSongAfterCloseStartsNothingAndNothingThrows(@TempDir Path dir) throws Exception {
        AudioFormat format = new AudioFormat(22_050, 16, 1, true, false);
        byte[] pcm = new byte[22_050 * 2 * 5]; // 5 s of silence
        Path wav = dir.resolve("song.wav");
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2),
                AudioFileFormat.Type.WAVE, wav.toFile());
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        CompletableFuture<Long> started = new CompletableFuture<>();
        CompletableFuture<Void> askedForNext = new CompletableFuture<>();
        JavaSoundPlayer player = new JavaSoundPlayer(0.5, 1.0, true);
        try {
            player.addListener(new PlayerListener() {
                @Override
                public void started(Path file) {
                    started.complete(System.nanoTime());
                }

                @Override
                public void ended(Path file, Player.EndReason reason, String detail) {
                    player.play(wav, 0); // what the jukebox does when a song ends
                    askedForNext.complete(null);
                }
            });
            player.play(wav, 0);
            started.get(10, TimeUnit.SECONDS);
            player.close();
            askedForNext.get(10, TimeUnit.SECONDS);
            Thread.sleep(500);
            assertEquals(Player.PlayerState.IDLE, player.state(), "nothing plays after close");
            assertTrue(uncaught.isEmpty(), "no exception on the playback threads: " + uncaught);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}
