package moodbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layering of the whole code base, read from its sources: which top-level package refers to which (by
 * import or fully qualified name, comments ignored). The arrows between top-level packages form no cycle,
 * only {@code app} (the wiring) uses {@code app}, no two classes share a simple name, and the packages that
 * hold plain logic import no native library (those live in adapter sub-packages such as {@code ui.fx}).
 */
class PackageGraphTest {
    private static final Path ROOT = Path.of("src/main/java/moodbox");
    private static final Pattern REFERENCE = Pattern.compile("\\bmoodbox\\.([a-z]+)\\.");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final List<String> NATIVE = List.of("org.opencv", "org.tensorflow", "org.bytedeco", "com.pi4j",
            "javafx", "javax.sound", "org.sqlite");

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String code(Path file) {
        try {
            return COMMENTS.matcher(Files.readString(file)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String topPackage(Path file) {
        return ROOT.relativize(file).getName(0).toString();
    }

    /** Top-level package → the other top-level packages its classes refer to. */
    static Map<String, Set<String>> graph() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Path file : sources()) {
            String from = topPackage(file);
            Set<String> to = edges.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(code(file));
            while (m.find()) {
                if (!m.group(1).equals(from)) {
                    to.add(m.group(1));
                }
            }
        }
        return edges;
    }

    /** A path of arrows from {@code start} back to itself, or an empty list. */
    static List<String> cycleThrough(String start, Map<String, Set<String>> edges) {
        List<String> path = new ArrayList<>(List.of(start));
        return walk(start, start, edges, path, new TreeSet<>()) ? path : List.of();
    }

    private static boolean walk(String at, String goal, Map<String, Set<String>> edges, List<String> path, Set<String> seen) {
        for (String next : edges.getOrDefault(at, Set.of())) {
            path.add(next);
            if (next.equals(goal) || (seen.add(next) && walk(next, goal, edges, path, seen))) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        Map<String, Set<String>> edges = graph();
        assertTrue(edges.size() > 10, "the graph was read: " + edges.keySet());
        for (String pkg : edges.keySet()) {
            assertEquals(List.of(), cycleThrough(pkg, edges), "a cycle of package references");
        }
    }

    @Test
    void theCycleCheckFindsACycle() {
        Map<String, Set<String>> edges = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of("a", "b", "c", "a"), cycleThrough("a", edges));
        assertEquals(List.of(), cycleThrough("d", edges));
    }

    @Test
    void onlyTheWiringUsesTheWiring() {
        List<String> users = graph().entrySet().stream().filter(e -> e.getValue().contains("app")).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), users, "packages that refer to moodbox.app");
    }

    @Test
    void noTwoClassesShareASimpleName() {
        Map<String, List<String>> byName = new TreeMap<>();
        for (Path file : sources()) {
            byName.computeIfAbsent(file.getFileName().toString(), k -> new ArrayList<>()).add(ROOT.relativize(file).toString());
        }
        byName.values().removeIf(paths -> paths.size() < 2 || paths.get(0).endsWith("package-info.java"));
        assertEquals(Map.of(), byName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"app", "cli", "config", "state", "mood", "engine", "image", "emotion", "ui", "hardware",
            "music", "camera", "playback"})
    void plainPackagesImportNoNativeLibrary(String folder) throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import ") && NATIVE.stream().anyMatch(n -> line.contains(" " + n + "."))) {
                        offenders.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "moodbox." + folder + " must keep native libraries in its adapter sub-packages");
    }
}
