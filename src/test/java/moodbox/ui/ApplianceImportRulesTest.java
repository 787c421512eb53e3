package moodbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Toolkits stay in their adapter packages: the view model has no JavaFX, the LED/button logic no Pi4J. */
class ApplianceImportRulesTest {

    @ParameterizedTest
    @CsvSource({
        "moodbox/ui, import javafx.",
        "moodbox/ui, import com.pi4j.",
        "moodbox/hardware, import com.pi4j.",
        "moodbox/hardware, import javafx.",
        "moodbox/hardware/sim, import com.pi4j."})
    void packageDoesNotImport(String folder, String forbidden) throws IOException {
        Path dir = Path.of("src/main/java").resolve(folder);
        List<String> offenders;
        try (Stream<Path> files = Files.list(dir)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains(forbidden))
                    .map(f -> f.getFileName().toString()).toList();
        }
        assertEquals(List.of(), offenders, folder + " must not contain '" + forbidden + "'");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
