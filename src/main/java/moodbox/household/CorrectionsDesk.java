package moodbox.household;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import moodbox.emotion.Emotion;
import moodbox.state.AppEvent;
import moodbox.state.AppListener;
import moodbox.state.AppState;
import moodbox.state.MoodReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a person says "that was not my mood": it remembers (in memory only) the last {@link #RECENT_LOOKS}
 * decided looks that had face crops, from the state's {@code MoodDecided} events; {@link #correct} saves a
 * look with the right mood in the {@link CorrectionStore} and tells the {@link BackgroundAdapter}, which
 * learns once enough have come in; {@link #forgetAll} deletes every stored look and goes back to the shipped
 * model (nothing learned from forgotten faces stays on the box). The page and the kiosk screen both use it.
 */
public final class CorrectionsDesk implements AppListener {
    public static final int RECENT_LOOKS = 6;
    private static final Logger LOG = LoggerFactory.getLogger(CorrectionsDesk.class);

    private final CorrectionStore store;
    private final BackgroundAdapter adapter;
    private final List<DecidedLook> recent = new ArrayList<>(); // newest first
    private long sequence;

    public CorrectionsDesk(CorrectionStore store, BackgroundAdapter adapter) {
        this.store = store;
        this.adapter = adapter;
    }

    @Override
    public void on(AppEvent event, AppState state) {
        if (event instanceof AppEvent.MoodDecided decided && !decided.reading().faces().isEmpty()) {
            remember(decided.reading());
        }
    }

    private synchronized void remember(MoodReading reading) {
        String id = "look-" + reading.decidedAt().toEpochMilli() + "-" + sequence++;
        recent.add(0, new DecidedLook(id, reading.decidedAt(), reading.emotion(), reading.faces(), Optional.empty()));
        while (recent.size() > RECENT_LOOKS) {
            recent.remove(recent.size() - 1);
        }
    }

    /** The last decided looks, newest first. */
    public synchronized List<DecidedLook> recentLooks() {
        return List.copyOf(recent);
    }

    /** The newest decided look (the one the kiosk shows), if the box has decided one with faces. */
    public synchronized Optional<DecidedLook> newest() {
        return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(0));
    }

    /**
     * Saves look {@code lookId} as really {@code emotion} and tells the adapter. Correcting a look again saves
     * it again (the newer word counts as one more example).
     *
     * @throws NoSuchElementException   when the look is not among the recent ones any more
     * @throws CorrectionStoreException when it could not be saved (the message says what to do)
     */
    public Correction correct(String lookId, Emotion emotion) throws IOException {
        DecidedLook look;
        synchronized (this) {
            look = recent.stream().filter(l -> l.id().equals(lookId)).findFirst().orElseThrow(() -> new NoSuchElementException(
                    "that look is no longer on the box (only the last " + RECENT_LOOKS + " are kept, in memory); reload the page and correct one of those shown"));
        }
        Correction saved = store.add(look.shown(), emotion, look.faces());
        synchronized (this) {
            recent.replaceAll(l -> l.id().equals(lookId) ? l.correctedTo(emotion) : l);
        }
        LOG.info("a look shown as {} was corrected to {} ({} face crops saved)", look.shown().label(), emotion.label(), saved.faces().size());
        adapter.correctionSaved();
        return saved;
    }

    /** Deletes every stored correction and goes back to the shipped model; returns how many looks were deleted. */
    public int forgetAll() throws IOException {
        int forgotten = store.forgetAll();
        synchronized (this) {
            recent.replaceAll(l -> new DecidedLook(l.id(), l.decidedAt(), l.shown(), l.faces(), Optional.empty()));
        }
        adapter.correctionsForgotten();
        LOG.info("forgot all {} corrected looks; back to the shipped model", forgotten);
        return forgotten;
    }

    /** Goes back to the shipped model, keeping the corrections (a later adaptation may learn from them again). */
    public void backToShipped() throws IOException {
        adapter.backToShipped();
    }

    public PersonalModelStatus personalModel() throws IOException {
        return new PersonalModelStatus(adapter.personalModelActive(), store.size(), adapter.newCorrections(),
                adapter.settings().adaptAfter(), adapter.adapting(), adapter.lastOutcome());
    }
}
