package moodbox.web;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import moodbox.emotion.Emotion;
import moodbox.household.DecidedLook;
import moodbox.household.PersonalModelStatus;
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
    final List<DecidedLook> looks = new CopyOnWriteArrayList<>();
    final List<String> corrections = new CopyOnWriteArrayList<>();
    final AtomicInteger backToShipped = new AtomicInteger();
    volatile PersonalModelStatus personalModel = new PersonalModelStatus(false, 0, 0, 10, false, Optional.empty());

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
