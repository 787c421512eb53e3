package moodbox.music.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads mount points and their sources from a {@code /proc/self/mounts}-style file (octal escapes such as {@code \040} for spaces). */
final class MountsFile {
    private MountsFile() {
    }

    /** Each mount point with its source (device, {@code tmpfs}, {@code server:/share}, …); the last mount on a point wins. */
    static Map<Path, String> mounts(Path file) {
        Map<Path, String> mounts = new HashMap<>();
        if (file == null || !Files.isReadable(file)) {
            return mounts;
        }
        try {
            for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split(" ");
                if (fields.length >= 2) {
                    try {
                        mounts.put(Path.of(unescape(fields[1])), unescape(fields[0]));
                    } catch (InvalidPathException e) {
                        // a mount point this JVM cannot name: no music stick of ours
                    }
                }
            }
        } catch (IOException e) {
            return mounts;
        }
        return mounts;
    }

    static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
