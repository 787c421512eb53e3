package moodbox.emotion;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the models shipped in the project's {@code model/} folder: {@code emotion-cnn} (full) and
 * {@code emotion-lite} (for the Pi). Looks in {@code -Dmoodbox.models=DIR}, then {@code ./model}, then
 * next to the jar ({@code /opt/moodbox/model}) and one level up ({@code target/../model}).
 */
public final class ShippedModels {
    public static final String CNN = "emotion-cnn";
    public static final String LITE = "emotion-lite";

    private ShippedModels() {
    }

    public static Path locate(String name) {
        List<Path> tried = new ArrayList<>();
        for (Path root : roots()) {
            Path dir = root.resolve(name);
            tried.add(dir);
            if (Files.isRegularFile(dir.resolve("saved_model.pb"))) {
                return dir;
            }
        }
        throw new IllegalStateException("model " + name + " not found (looked in " + tried + ")");
    }

    private static List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        String configured = System.getProperty("moodbox.models");
        if (configured != null) {
            roots.add(Path.of(configured));
        }
        roots.add(Path.of("model"));
        try {
            Path jar = Path.of(ShippedModels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
            if (dir != null) {
                roots.add(dir.resolve("model"));
                if (dir.getParent() != null) {
                    roots.add(dir.getParent().resolve("model"));
                    if (dir.getParent().getParent() != null) {
                        roots.add(dir.getParent().getParent().resolve("model")); // target/classes/../../model
                    }
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // No code-source location: the other roots still apply.
        }
        return roots;
    }
}
