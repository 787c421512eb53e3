package moodbox.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A box that reports a fixed mood and counts the actions asked of it. */
final class FakeBox implements BoxControl {
    final AtomicInteger ledTests = new AtomicInteger();
    final AtomicInteger rescans = new AtomicInteger();
    volatile String logs = "";

    @Override
    public StatusSnapshot status() {
        return new StatusSnapshot("Happy", 0.82, "Here Comes the Sun", "The Beatles", true, 12, 40, 311, List.of());
    }

    @Override
    public void testLeds() {
        ledTests.incrementAndGet();
    }

    @Override
    public void rescan() {
        rescans.incrementAndGet();
    }

    @Override
    public String recentLogs() {
        return logs;
    }
}
