package moodbox.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import moodbox.state.Press;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PressDetectorTest {

    /** Edges as "millis:level" (1 = pressed); debounce 30 ms, long press 1500 ms. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0:1 300:0;                                   SHORT",
        "0:1 1499:0;                                  SHORT",
        "0:1 1500:0;                                  LONG",
        "0:1 4000:0;                                  LONG",
        "0:1 2:0 4:1 6:0 8:1 300:0 302:1 305:0;       SHORT",
        "0:1 300:0 1000:1 3000:0;                     SHORT LONG",
        "0:1 300:0 310:1 320:0;                       SHORT",
        "0:0 5:0;                                     ''",
        "0:1;                                         ''"})
    void turnsEdgesIntoPresses(String edges, String expected) {
        PressDetector detector = new PressDetector(Duration.ofMillis(30), Duration.ofMillis(1500));
        List<String> presses = new ArrayList<>();
        detector.addListener(press -> presses.add(press.name()));
        for (String edge : edges.trim().split("\\s+")) {
            String[] parts = edge.split(":");
            detector.edge(parts[1].equals("1"), Duration.ofMillis(Long.parseLong(parts[0])).toNanos());
        }
        assertEquals(expected.trim(), String.join(" ", presses));
    }

    @org.junit.jupiter.api.Test
    void aFailingListenerDoesNotStopTheOthers() {
        PressDetector detector = new PressDetector(Duration.ofMillis(30), Duration.ofMillis(1500));
        List<Press> heard = new ArrayList<>();
        detector.addListener(press -> {
            throw new IllegalStateException("broken listener");
        });
        detector.addListener(heard::add);
        detector.edge(true, 0);
        detector.edge(false, Duration.ofMillis(200).toNanos());
        assertEquals(List.of(Press.SHORT), heard);
    }
}
