package moodbox.app;

import moodbox.cli.Args;
import moodbox.cli.Command;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import moodbox.config.SettingsStore;
import moodbox.emotion.ShippedModels;

/**
 * {@code selftest}: checks each part of an assembled box (LEDs, button, sound, model, camera) and prints a
 * PASS or FAIL line per part; exit code 0 when all pass, 1 otherwise.
 */
final class SelftestCommand implements Command {
    @Override
    public String usage() {
        return "selftest [--simulate] [--config-dir DIR] [--model DIR] [--button-timeout SECONDS]";
    }

    @Override
    public Set<String> switches() {
        return Set.of("--simulate");
    }

    @Override
    public int run(Args args) throws Exception {
        boolean simulate = args.flag("--simulate");
        Path configDir = Path.of(args.option("--config-dir", SettingsStore.defaultDir().toString()));
        String model = args.option("--model", null);
        int timeout = args.intOption("--button-timeout", 20);
        if (timeout < 1 || timeout > 600) {
            throw new Args.UsageException("--button-timeout must be 1-600 seconds, not " + timeout);
        }
        args.rejectUnknown();
        Path modelDir = model != null ? Path.of(model) : ShippedModels.locate(ShippedModels.LITE);
        List<String> failed = new Selftest(System.out).run(SettingsStore.open(configDir).current(), simulate, modelDir,
                Duration.ofSeconds(timeout), new VisionAdapters());
        System.out.println(failed.isEmpty() ? "all parts passed" : "failed: " + String.join(", ", failed));
        return failed.isEmpty() ? 0 : 1;
    }
}
