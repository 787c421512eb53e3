package moodbox.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A box that reports a fixed mood, counts the actions asked of it, and has a button a test can press. */
final class FakeBox implements BoxControl {
    final AtomicInteger ledTests = new AtomicInteger();
    final AtomicInteger rescans = new AtomicInteger();
    volatile String logs = "";
    final List<Runnable> buttonListeners = new CopyOnWriteArrayList<>();
    final List<String> notices = new CopyOnWriteArrayList<>();
    final AtomicInteger pageUses = new AtomicInteger();

    /** Presses the box's button, as the appliance's button listener path would. */
    void pressButton() {
        buttonListeners.forEach(Runnable::run);
    }

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

    @Override
    public void onButtonPress(Runnable pressed) {
        buttonListeners.add(pressed);
    }

    @Override
    public void showLoginNotice(String notice) {
        notices.add(notice);
    }

    @Override
    public void pageUsed() {
        pageUses.incrementAndGet();
    }
}
