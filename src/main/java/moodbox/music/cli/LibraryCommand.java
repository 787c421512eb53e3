package moodbox.music.cli;

import java.util.List;
import java.util.Set;
import moodbox.cli.Args;
import moodbox.cli.Command;

/** {@code library scan DIR [--json] [--index FILE]} and {@code library bench [...]}. */
public final class LibraryCommand implements Command {
    @Override
    public String usage() {
        return "library scan DIR [--json] [--index FILE] | library bench [--tracks N] [--dir DIR] [--work DIR]";
    }

    @Override
    public Set<String> switches() {
        return Set.of("--json");
    }

    @Override
    public int run(Args args) throws Exception {
        List<String> words = args.positional();
        if (words.isEmpty()) {
            throw new Args.UsageException("say what to do: scan or bench");
        }
        return switch (words.get(0)) {
            case "scan" -> new ScanSubcommand().run(args, words.subList(1, words.size()));
            case "bench" -> new BenchSubcommand().run(args, words.subList(1, words.size()));
            default -> throw new Args.UsageException("unknown sub-command '" + words.get(0) + "' (scan or bench)");
        };
    }
}
