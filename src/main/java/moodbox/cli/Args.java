package moodbox.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments of one sub-command: {@code --name value} options, {@code --flag} switches and
 * positional words. A command declares which names are switches; everything else starting with {@code --}
 * takes the next word as its value. Unknown or malformed input is a {@link UsageException}.
 */
public final class Args {
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> read = new HashSet<>();
    private final List<String> words;

    private Args(List<String> words) {
        this.words = List.copyOf(words);
    }

    public static Args parse(List<String> words, Set<String> switchNames) {
        Args args = new Args(words);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--") && word.length() > 2) {
                int eq = word.indexOf('=');
                if (eq > 0) {
                    args.options.put(word.substring(0, eq), word.substring(eq + 1));
                } else if (switchNames.contains(word)) {
                    args.flags.add(word);
                } else if (i + 1 < words.size()) {
                    args.options.put(word, words.get(++i));
                } else {
                    throw new UsageException(word + " needs a value");
                }
            } else {
                args.positional.add(word);
            }
        }
        return args;
    }

    /** The words as given on the command line, for a record of how something was made. */
    public List<String> words() {
        return words;
    }

    public boolean flag(String name) {
        read.add(name);
        return flags.contains(name);
    }

    public String option(String name, String fallback) {
        read.add(name);
        return options.getOrDefault(name, fallback);
    }

    public String required(String name) {
        read.add(name);
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("missing " + name);
        }
        return value;
    }

    public int intOption(String name, int fallback) {
        String value = option(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + value + "'");
        }
    }

    public double doubleOption(String name, double fallback) {
        String value = option(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number, not '" + value + "'");
        }
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** Fails on options or switches the command never asked about, so typos do not pass silently. */
    public void rejectUnknown() {
        for (String name : options.keySet()) {
            if (!read.contains(name)) {
                throw new UsageException("unknown option " + name);
            }
        }
        for (String name : flags) {
            if (!read.contains(name)) {
                throw new UsageException("unknown option " + name);
            }
        }
    }

    /** Bad command-line input: printed with the usage line, exit code 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
