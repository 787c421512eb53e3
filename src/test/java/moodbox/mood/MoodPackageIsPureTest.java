package moodbox.mood;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The mood reader is plain Java: it must run and be tested without any native library. */
class MoodPackageIsPureTest {
    private static final List<String> NATIVE = List.of("org.opencv", "org.tensorflow", "com.pi4j", "javafx",
            "javax.sound", "moodbox.camera", "moodbox.vision");

    @Test
    void importsNoNativeOrHardwarePackage() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/moodbox/mood"))) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(MoodPackageIsPureTest::lines)
                    .filter(line -> line.startsWith("import") && NATIVE.stream().anyMatch(line::contains))
                    .toList();
            assertEquals(List.of(), offending);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
