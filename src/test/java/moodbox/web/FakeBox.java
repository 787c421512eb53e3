package moodbox.web;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import moodbox.emotion.Emotion;
import moodbox.household.DecidedLook;
import moodbox.household.PersonalModelStatus;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import moodbox.state.UnusableFile;

/**
 * A box that reports a fixed mood and song, counts the actions asked of it, and has a button a test can press.
 * An LED test and a rescan run until the test ends them ({@link #finishLedTest()}, {@link #finishScan}); pause,
 * resume and volume change what the status reports, the volume capped at {@link #MAX_VOLUME} as the real box does.
 */
final class FakeBox implements BoxControl {
    static final int MAX_VOLUME = 80;
    final AtomicInteger ledTests = new AtomicInteger();
    final AtomicInteger rescans = new AtomicInteger();
    final AtomicInteger skips = new AtomicInteger();
    volatile String logs = "";
    final List<Runnable> buttonListeners = new CopyOnWriteArrayList<>();
    final List<String> notices = new CopyOnWriteArrayList<>();
    private volatile boolean paused;
    private volatile int volume = 40;
    private volatile boolean ledTestRunning;
    private volatile boolean scanning = true;
    private volatile int tracks = 311;
    private volatile List<UnusableFile> unusable = List.of();
    final AtomicInteger pageUses = new AtomicInteger();
    final List<DecidedLook> looks = new CopyOnWriteArrayList<>();
    final List<String> corrections = new CopyOnWriteArrayList<>();
    final AtomicInteger backToShipped = new AtomicInteger();
    volatile PersonalModelStatus personalModel = new PersonalModelStatus(false, 0, 0, 10, false, Optional.empty());

    /** Presses the box's button, as the appliance's button listener path would. */
    void pressButton() {
        buttonListeners.forEach(Runnable::run);
    }

    void finishLedTest() {
        ledTestRunning = false;
    }

    void finishScan(int songs, List<UnusableFile> couldNotUse) {
        tracks = songs;
        unusable = couldNotUse;
        scanning = false;
    }

    @Override
    public StatusSnapshot status() {
        return new StatusSnapshot("Happy", 0.82, "Here Comes the Sun", "The Beatles", paused, volume, MAX_VOLUME, ledTestRunning,
                scanning, 12, 40, tracks, unusable, List.of());
    }

    @Override
    public void testLeds() {
        ledTests.incrementAndGet();
        ledTestRunning = true;
    }

    @Override
    public void rescan() {
        rescans.incrementAndGet();
        scanning = true;
    }

    @Override
    public void pause() {
        paused = true;
    }

    @Override
    public void resume() {
        paused = false;
    }

    @Override
    public void skip() {
        skips.incrementAndGet();
    }

    @Override
    public int volume(int percent) {
        volume = Math.max(0, Math.min(MAX_VOLUME, percent));
        return volume;
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

    @Override
    public List<DecidedLook> recentLooks() {
        return List.copyOf(looks);
    }

    /** Records "id=Emotion" for a look it offered; a look it did not offer is gone, as on the box. */
    @Override
    public void correct(String lookId, Emotion emotion) {
        if (looks.stream().noneMatch(l -> l.id().equals(lookId))) {
            throw new NoSuchElementException("that look is no longer on the box");
        }
        corrections.add(lookId + "=" + emotion.label());
    }

    @Override
    public int forgetCorrections() {
        int n = corrections.size();
        corrections.clear();
        return n;
    }

    @Override
    public PersonalModelStatus personalModel() {
        return personalModel;
    }

    @Override
    public void backToShippedModel() {
        backToShipped.incrementAndGet();
    }
}
