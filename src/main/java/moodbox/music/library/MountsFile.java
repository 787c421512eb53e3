package moodbox.music.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Reads mount points from a {@code /proc/self/mounts}-style file (octal escapes such as {@code \040} for spaces). */
final class MountsFile {
    private MountsFile() {
    }

    static Set<Path> mountPoints(Path file) {
        Set<Path> points = new HashSet<>();
        if (file == null || !Files.isReadable(file)) {
            return points;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split(" ");
                if (fields.length >= 2) {
                    points.add(Path.of(unescape(fields[1])));
                }
            }
        } catch (IOException e) {
            return points;
        }
        return points;
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
