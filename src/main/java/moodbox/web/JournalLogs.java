package moodbox.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service's recent log lines from the systemd journal ({@code journalctl -u moodbox.service}); the
 * installer puts the {@code moodbox} user in group {@code systemd-journal} so it may read them. Where there
 * is no journal (a laptop, a test) the text says so instead. The reader streams the output as it comes
 * (at most {@link #MAX_BYTES}) and gives up after {@link #TIME_LIMIT}: a hanging {@code journalctl} is killed
 * and what arrived so far is returned with a line that says so.
 */
public final class JournalLogs {
    public static final String UNIT = "moodbox.service";
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private JournalLogs() {
    }

    public static String recent(int lines) {
        return read(List.of("journalctl", "--unit=" + UNIT, "--lines=" + lines, "--no-pager", "--output=short-iso"),
                TIME_LIMIT);
    }

    /** Runs {@code command} and returns its output (stdout and stderr), cut off after {@code limit}. */
    static String read(List<String> command, Duration limit) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            return "no system journal here (" + e.getMessage() + "); logs go to standard error\n";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(p.getInputStream(), out), "journal-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            boolean finished = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            reader.join(1000);
            String text;
            synchronized (out) {
                text = out.toString(StandardCharsets.UTF_8);
            }
            if (!finished) {
                return text + "\n[" + command.get(0) + " did not finish within " + limit.toSeconds() + " s; the log is cut here]\n";
            }
            return p.exitValue() == 0 ? text : command.get(0) + " failed (exit " + p.exitValue() + "):\n" + text;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return "interrupted while reading the journal\n";
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (out) {
                    if (out.size() < MAX_BYTES) {
                        out.write(buffer, 0, Math.min(n, MAX_BYTES - out.size()));
                    }
                }
            }
        } catch (IOException e) {
            // the process was killed or closed its output: keep what arrived
        }
    }
}
