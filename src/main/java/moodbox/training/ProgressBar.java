package moodbox.training;

import java.io.PrintStream;
import java.time.Duration;

/** A one-line live progress bar on the terminal (stderr): batches done, loss, accuracy and ETA. */
public final class ProgressBar {
    private static final int WIDTH = 28;
    private final PrintStream out;
    private final String title;
    private final int total;
    private final long startNanos = System.nanoTime();
    private long lastDraw;

    public ProgressBar(PrintStream out, String title, int total) {
        this.out = out;
        this.title = title;
        this.total = total;
    }

    public void update(int done, double loss, double accuracy) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 250_000_000L) {
            return;
        }
        lastDraw = now;
        double elapsed = (now - startNanos) / 1e9;
        long eta = done == 0 ? 0 : Math.round(elapsed / done * (total - done));
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
        out.printf("\r%s [%s] %d/%d loss %.4f acc %.4f ETA %s   ", title, bar, done, total, loss, accuracy,
                format(Duration.ofSeconds(eta)));
        out.flush();
    }

    public void finish(String summary) {
        out.printf("\r%s %s%n", title, summary + " ".repeat(40));
        out.flush();
    }

    static String format(Duration d) {
        return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
