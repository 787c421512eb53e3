package moodbox.app;

import java.util.LinkedHashMap;
import java.util.Map;
import moodbox.cli.Command;
import moodbox.cli.CommandLine;

/**
 * The command line: {@code java -jar target/moodbox.jar <command> [options]}. Each command is one class;
 * this table is the only place that lists them.
 */
public final class Main {
    private Main() {
    }

    static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        // One line per command, in the order the usage text shows them.
        commands.put("train", new moodbox.training.TrainCommand());
        commands.put("evaluate", new moodbox.training.EvaluateCommand());
        commands.put("adapt", new moodbox.training.AdaptCommand());
        commands.put("ship", new moodbox.training.ShipCommand());
        commands.put("classify", new moodbox.vision.ClassifyCommand());
        commands.put("bench", new moodbox.training.BenchCommand());
        commands.put("web", new moodbox.web.WebCommand());
        commands.put("settings", new moodbox.web.SettingsCommand());
        commands.put("run", RunCommand.run());
        commands.put("demo", RunCommand.demo());
        commands.put("selftest", new SelftestCommand());
        commands.put("prewarm", new PrewarmCommand());
        commands.put("library", new moodbox.music.cli.LibraryCommand());
        return commands;
    }

    public static void main(String[] argv) {
        if (Utf8Relaunch.needed()) {
            int code = Utf8Relaunch.relaunch(); // file names need UTF-8: the same command in a C.UTF-8 child JVM
            if (code >= 0) {
                System.exit(code);
            }
        }
        Utf8Relaunch.settleChild();
        System.exit(run(argv));
    }

    public static int run(String[] argv) {
        return CommandLine.run(commands(), argv);
    }
}
