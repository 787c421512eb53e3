package moodbox.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Runs one command line against a table of commands: picks the command by its first word, parses the rest
 * with the command's switches and turns every failure into a one-line message and an exit code (2 for a
 * usage error, 1 for a failure).
 */
public final class CommandLine {
    private CommandLine() {
    }

    /** Runs {@code argv} (command name first); prints the usage of every command for help or an unknown name. */
    public static int run(Map<String, Command> commands, String[] argv) {
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
        return run(argv[0], command, Arrays.asList(argv).subList(1, argv.length));
    }

    /** Runs one command on its arguments (those after its name). */
    public static int run(String name, Command command, List<String> words) {
        try {
            Args args = Args.parse(words, command.switches());
            return command.run(args);
        } catch (Args.UsageException e) {
            System.err.println("moodbox " + name + ": " + e.getMessage());
            System.err.println("usage: moodbox " + command.usage());
            return 2;
        } catch (Exception e) {
            System.err.println("moodbox " + name + ": " + describe(e));
            LoggerFactory.getLogger(CommandLine.class).debug("command failed", e);
            return 1;
        }
    }

    /** A one-line message a person can act on, also for exceptions whose message is only a path. */
    public static String describe(Exception e) {
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
