package moodbox.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalLogsTest {
    @Test
    void aHangingReaderIsStoppedAtTheTimeLimitAndWhatItSaidIsKept() {
        long begin = System.nanoTime();
        String text = JournalLogs.read(List.of("sh", "-c", "echo first line; sleep 120"), Duration.ofSeconds(2));
        long ms = (System.nanoTime() - begin) / 1_000_000;
        assertTrue(ms < 20_000, "took " + ms + " ms");
        assertTrue(text.startsWith("first line\n"), text);
        assertTrue(text.contains("did not finish within 2 s"), text);
    }

    @Test
    void moreOutputThanAPipeHoldsIsReadWhileTheReaderRuns() {
        String text = JournalLogs.read(List.of("sh", "-c", "head -c 300000 /dev/zero | tr '\\\\0' 'x'; echo; echo end"),
                Duration.ofSeconds(30));
        assertTrue(text.length() > 300_000, "length " + text.length());
        assertTrue(text.endsWith("end\n"), text.substring(Math.max(0, text.length() - 50)));
    }

    @Test
    void aMissingJournalIsSaidInWords() {
        String text = JournalLogs.read(List.of("/nonexistent/journalctl"), Duration.ofSeconds(2));
        assertTrue(text.startsWith("no system journal here"), text);
    }
}
