package moodbox.app;

import moodbox.cli.Args;
import moodbox.cli.Command;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import moodbox.music.library.StickWatcher;
import moodbox.ui.fx.KioskWindow;

/**
 * {@code run}: the appliance — camera, mood, LEDs, button, music, screen and settings page — until SIGTERM or
 * for {@code --duration} seconds (then it stops by itself and exits 0). {@code demo} is the same with
 * simulated hardware and a window when a display exists.
 */
public final class RunCommand implements Command {
    private final boolean demo;

    private RunCommand(boolean demo) {
        this.demo = demo;
    }

    public static RunCommand run() {
        return new RunCommand(false);
    }

    public static RunCommand demo() {
        return new RunCommand(true);
    }

    @Override
    public String usage() {
        String options = "[--events] [--duration SECONDS] [--config-dir DIR] [--web-port PORT] [--model DIR]";
        return demo ? "demo [--headless] " + options : "run [--simulate] [--headless] " + options;
    }

    @Override
    public Set<String> switches() {
        return RunOptions.SWITCHES;
    }

    @Override
    public int run(Args args) throws Exception {
        RunOptions options = demo ? RunOptions.parse(args, true, !KioskWindow.displayAvailable())
                : RunOptions.parse(args, false, null);
        try (Appliance appliance = Appliance.start(options, System.out, new VisionAdapters(), StickWatcher.STANDARD_PLACES)) {
            if (options.duration() == null) {
                new CountDownLatch(1).await(); // until SIGTERM or Ctrl-C: the shutdown hook closes every part
            } else {
                Thread.sleep(options.duration().toMillis());
            }
        }
        return 0;
    }
}
