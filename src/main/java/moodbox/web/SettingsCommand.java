package moodbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import moodbox.cli.Args;
import moodbox.cli.Command;
import moodbox.config.SettingsJson;
import moodbox.config.SettingsStore;

/**
 * {@code settings}: prints the settings (creating them, with a new PIN, if there are none yet) as JSON
 * without the PIN, or one field's value with {@code --get FIELD} ({@code --get pin} prints the PIN; only the
 * settings file's owner can read it). The installer uses {@code --get pin} and {@code --get webPort}.
 */
public final class SettingsCommand implements Command {
    @Override
    public String usage() {
        return "settings [--config-dir DIR] [--get FIELD]";
    }

    @Override
    public Set<String> switches() {
        return Set.of();
    }

    @Override
    public int run(Args args) throws Exception {
        Path configDir = Path.of(args.option("--config-dir", SettingsStore.defaultDir().toString()));
        String field = args.option("--get", null);
        args.rejectUnknown();
        SettingsStore store = SettingsStore.open(configDir);
        store.problem().ifPresent(problem -> System.err.println("moodbox settings: " + problem));
        if (field == null) {
            System.out.println(SettingsJson.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(SettingsJson.toJson(store.current(), false)));
            return 0;
        }
        JsonNode value = SettingsJson.toJson(store.current(), true).get(field);
        if (value == null) {
            throw new Args.UsageException("unknown setting " + field);
        }
        System.out.println(value.isTextual() ? value.textValue() : value.toString());
        return 0;
    }
}
