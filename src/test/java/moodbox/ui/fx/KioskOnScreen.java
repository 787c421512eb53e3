package moodbox.ui.fx;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import moodbox.ui.ScreenActions;

/**
 * Run by {@link KioskFullScreenTest} in its own JVM on a bare X server: opens the kiosk full screen with a
 * song playing, says "shown" on standard output, and closes when standard input ends.
 */
public final class KioskOnScreen {
    private KioskOnScreen() {
    }

    public static void main(String[] args) throws Exception {
        Runnable none = () -> { };
        KioskWindow window = KioskWindow.open(KioskWindowTest.playingHappy(),
                Clock.fixed(java.time.Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC), KioskWindowTest.colours(),
                new ScreenActions(none, none, none, none, none, none, e -> { }), true, 800, 480);
        window.showFrame(KioskWindowTest.frameWithFace());
        KioskWindow.onFxThread(() -> { });
        System.out.println("shown");
        System.out.flush();
        new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        window.close();
        KioskWindow.stopToolkit();
        System.exit(0);
    }
}
