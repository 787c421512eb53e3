package moodbox.app;

import moodbox.cli.Args;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunOptionsTest {
    /**
     * {@code demo} forces headless when there is no display (null: {@code run}, nothing forced); an explicit
     * {@code --headless} is accepted either way (it was once rejected as unknown on a machine without a display).
     */
    @ParameterizedTest(name = "--headless given {0}, forced {1} -> headless {2}")
    @CsvSource(value = {"true, true, true", "false, true, true", "true, false, true", "false, false, false",
            "true, null, true", "false, null, false"}, nullValues = "null")
    void headlessIsTheFlagOrWhatDemoForces(boolean given, Boolean forced, boolean expected) {
        List<String> words = given ? List.of("--headless", "--duration", "5") : List.of("--duration", "5");
        RunOptions options = RunOptions.parse(Args.parse(words, RunOptions.SWITCHES), true, forced);
        assertEquals(expected, options.headless());
    }
}
