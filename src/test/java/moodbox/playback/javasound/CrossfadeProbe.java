package moodbox.playback.javasound;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import moodbox.playback.Player;
import moodbox.playback.PlayerListener;

/**
 * Runs in a JVM the test starts with ALSA_CONFIG_PATH set: plays the first file through the real player with
 * the crossfade set and, as the jukebox does, the second when the first reports it finished. Args:
 * CROSSFADE_MS FIRST SECOND. Prints one line per event; exits once the second song's sound has ended.
 */
public final class CrossfadeProbe {
    private CrossfadeProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path first = Path.of(args[1]);
        Path second = Path.of(args[2]);
        CountDownLatch done = new CountDownLatch(1);
        try (JavaSoundPlayer player = new JavaSoundPlayer(1.0, 1.0)) {
            player.setCrossfade(Duration.ofMillis(Long.parseLong(args[0])));
            player.addListener(new PlayerListener() {
                @Override
                public void started(Path file) {
                    System.out.println("started " + file.getFileName());
                }

                @Override
                public void ended(Path file, Player.EndReason reason, String detail) {
                    System.out.println("ended " + file.getFileName() + " " + reason + " " + detail);
                    if (file.equals(first)) {
                        player.play(second, 0);
                    } else {
                        done.countDown();
                    }
                }
            });
            player.play(first, 0);
            if (!done.await(60, TimeUnit.SECONDS)) {
                System.out.println("timeout");
            }
            while (player.state() != Player.PlayerState.IDLE) {
                Thread.sleep(50); // the second song's last seconds still sound after it was reported finished
            }
        }
    }
}
