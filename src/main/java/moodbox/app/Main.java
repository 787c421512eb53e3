package moodbox.app;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Command> commands = commands();
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("help")) {
            printUsage(commands);
            return argv.length == 0 ? 2 : 0;
        }
        Command command = commands.get(argv[0]);
        if (command == null) {
            System.err.println("moodbox: unknown command '" + argv[0] + "'");
            printUsage(commands);
            return 2;
        }
        List<String> rest = Arrays.asList(argv).subList(1, argv.length);
        try {
            Args args = Args.parse(rest, command.switches());
            return command.run(args);
        } catch (Args.UsageException e) {
            System.err.println("moodbox " + argv[0] + ": " + e.getMessage());
            System.err.println("usage: moodbox " + command.usage());
            return 2;
        } catch (Exception e) {
            System.err.println("moodbox " + argv[0] + ": " + describe(e));
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("command failed", e);
            return 1;
        }
    }

    /** A one-line message a person can act on, also for exceptions whose message is only a path. */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists: " + e.getMessage();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void printUsage(Map<String, Command> commands) {
        System.err.println("usage: java -jar target/moodbox.jar <command> [options]");
        commands.values().forEach(c -> System.err.println("  " + c.usage()));
    }
}
