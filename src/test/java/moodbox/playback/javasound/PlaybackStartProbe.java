package moodbox.playback.javasound;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import moodbox.playback.Player;
import moodbox.playback.PlayerListener;

/**
 * Runs in a JVM the test starts with ALSA_CONFIG_PATH set: starts each file in turn through the real
 * player, lets it play for a moment, stops it, and prints one line per event. Args: FILE...
 */
public final class PlaybackStartProbe {
    private PlaybackStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        BlockingQueue<String> events = new ArrayBlockingQueue<>(16);
        try (JavaSoundPlayer player = new JavaSoundPlayer(0.5, 0.8)) {
            player.addListener(new PlayerListener() {
                @Override
                public void started(Path file) {
                    events.add("started " + file.getFileName());
                }

                @Override
                public void ended(Path file, Player.EndReason reason, String detail) {
                    events.add("ended " + file.getFileName() + " " + reason + " " + detail);
                }
            });
            for (String file : args) {
                player.play(Path.of(file), 0);
                String first = events.poll(30, TimeUnit.SECONDS);
                System.out.println(first == null ? "timeout " + file : first);
                if (first != null && first.startsWith("started")) {
                    Thread.sleep(200);
                    player.stop();
                    String end = events.poll(30, TimeUnit.SECONDS);
                    System.out.println(end == null ? "timeout stopping " + file : end);
                }
            }
        }
    }
}
