package moodbox.app;

import moodbox.cli.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import moodbox.config.SettingsStore;
import moodbox.emotion.ShippedModels;

/**
 * How {@code run} (and {@code demo}, {@code selftest}) was asked to run.
 *
 * @param simulate   synthetic camera scene, simulated LEDs and button, demo music when none is found
 * @param headless   no window
 * @param events     JSON event lines on stdout
 * @param duration   stop by itself after this long, or {@code null} to run until SIGTERM
 * @param webPort    the settings page's port, or 0 for the port in the settings
 * @param modelDir   the emotion model, or {@code null} for the shipped {@code emotion-lite}
 * @param fullScreen the window fills the screen (the kiosk); otherwise an 800×480 window
 */
public record RunOptions(boolean simulate, boolean headless, boolean events, Duration duration, Path configDir,
                         int webPort, Path modelDir, boolean fullScreen) {
    static final Set<String> SWITCHES = Set.of("--simulate", "--headless", "--events");

    /** Reads the shared options; {@code simulate} and {@code headless} are forced by {@code demo}. */
    static RunOptions parse(Args args, boolean forceSimulate, Boolean forceHeadless) {
        boolean simulate = forceSimulate || args.flag("--simulate");
        boolean headless = args.flag("--headless") || Boolean.TRUE.equals(forceHeadless);
        boolean events = args.flag("--events");
        double seconds = args.doubleOption("--duration", 0);
        if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new Args.UsageException("--duration must be a number of seconds above 0, not " + seconds);
        }
        Path configDir = Path.of(args.option("--config-dir", SettingsStore.defaultDir().toString()));
        int webPort = args.intOption("--web-port", 0);
        if (webPort != 0 && (webPort < 1024 || webPort > 65535)) {
            throw new Args.UsageException("--web-port must be 1024-65535, not " + webPort);
        }
        String model = args.option("--model", null);
        Path modelDir = model != null ? Path.of(model) : null;
        args.rejectUnknown();
        Duration duration = seconds == 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
        return new RunOptions(simulate, headless, events, duration, configDir, webPort, modelDir, !simulate);
    }

    /** The model folder to load; throws with the folders tried when the shipped model is missing. */
    Path model() {
        return modelDir != null ? modelDir : ShippedModels.locate(ShippedModels.LITE);
    }
}
