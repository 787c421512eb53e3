package moodbox.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The service's recent log lines from the systemd journal ({@code journalctl -u moodbox.service}); the
 * installer puts the {@code moodbox} user in group {@code systemd-journal} so it may read them. Where there
 * is no journal (a laptop, a test) the text says so instead.
 */
public final class JournalLogs {
    public static final String UNIT = "moodbox.service";

    private JournalLogs() {
    }

    public static String recent(int lines) {
        ProcessBuilder pb = new ProcessBuilder("journalctl", "--unit=" + UNIT, "--lines=" + lines, "--no-pager",
                "--output=short-iso").redirectErrorStream(true);
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroy();
                return "journalctl did not answer in 5 s\n";
            }
            String text = new String(out, StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? text : "journalctl failed (exit " + p.exitValue() + "):\n" + text;
        } catch (IOException e) {
            return "no system journal here (" + e.getMessage() + "); logs go to standard error\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while reading the journal\n";
        }
    }
}
