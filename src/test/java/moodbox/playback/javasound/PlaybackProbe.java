package moodbox.playback.javasound;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import moodbox.playback.Player;
import moodbox.playback.PlayerListener;

/**
 * Runs in a JVM the test starts with ALSA_CONFIG_PATH set: plays one file through the real player and
 * prints what happened, one line per event. Args: FILE VOLUME [PAUSE_AFTER_MS]; with the
 * last, it pauses, resumes 300 ms later and stops 50 ms after that.
 */
public final class PlaybackProbe {
    private PlaybackProbe() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (JavaSoundPlayer player = new JavaSoundPlayer(Double.parseDouble(args[1]), 0.8)) {
            player.addListener(new PlayerListener() {
                @Override
                public void started(Path file) {
                    System.out.println("started " + file.getFileName());
                }

                @Override
                public void ended(Path file, Player.EndReason reason, String detail) {
                    System.out.println("ended " + reason + " " + detail);
                    done.countDown();
                }
            });
            player.play(Path.of(args[0]), 0);
            if (args.length > 2) {
                Thread.sleep(Long.parseLong(args[2]));
                player.pause();
                System.out.println("paused " + player.state());
                Thread.sleep(300);
                player.resume();
                System.out.println("resumed " + player.state());
                Thread.sleep(50);
                player.stop();
                System.out.println("stopped " + player.state());
            }
            if (!done.await(30, TimeUnit.SECONDS)) {
                System.out.println("timeout");
            }
        }
    }
}
