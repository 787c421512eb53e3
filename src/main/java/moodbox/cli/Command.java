package moodbox.cli;

import java.util.Set;

/** One CLI sub-command, e.g. {@code train} or {@code classify}. */
public interface Command {
    /** One line for the usage text, e.g. {@code "classify --model DIR [--json] IMAGE..."}. */
    String usage();

    /** The options that take no value, e.g. {@code --json}; every other {@code --name} takes the next word. */
    default Set<String> switches() {
        return Set.of("--json");
    }

    /** Runs the command; the return value is the process exit code. */
    int run(Args args) throws Exception;
}
