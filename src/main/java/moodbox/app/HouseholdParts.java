package moodbox.app;

import java.io.IOException;
import java.nio.file.Path;
import moodbox.config.HouseholdSettings;
import moodbox.emotion.Emotion;
import moodbox.emotion.SwappableClassifier;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.household.BackgroundAdapter;
import moodbox.household.CorrectionStore;
import moodbox.household.CorrectionsDesk;
import moodbox.state.AppEvent.PartChanged;
import moodbox.state.AppStateHolder;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The box learning its household, wired: the corrections store in the config folder ({@code corrections/}),
 * the background adapter ({@code personal/}), the desk the page and the screen correct looks at (it hears the
 * state's decisions), and the live swap: a model the adapter takes (or the shipped one, back) is loaded and
 * replaces the running box's {@link SwappableClassifier} for the next frames, without a restart.
 */
final class HouseholdParts implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HouseholdParts.class);

    private final AppStateHolder holder;
    private final BackgroundAdapter adapter;
    private final CorrectionsDesk desk;
    private volatile SwappableClassifier live;

    HouseholdParts(Path configDir, Path shippedModel, HouseholdSettings settings, AppStateHolder holder) throws IOException {
        this.holder = holder;
        CorrectionStore store = CorrectionStore.in(configDir);
        this.adapter = new BackgroundAdapter(store, shippedModel, configDir.resolve("personal"), settings, this::swapTo,
                Main.class.getName());
        this.desk = new CorrectionsDesk(store, adapter);
        holder.addListener(desk);
    }

    CorrectionsDesk desk() {
        return desk;
    }

    /** The model to start with: the personal model when one was taken (it survives restarts), else the shipped one. */
    Path activeModel() {
        return adapter.activeModel();
    }

    void settings(HouseholdSettings settings) {
        adapter.settings(settings);
    }

    /** The running box's model, which later adaptations replace. */
    void modelLoaded(SwappableClassifier model) {
        live = model;
    }

    /**
     * The kiosk's "Not right?": the newest decided look was really {@code emotion}; saved on a thread of its own
     * (the screen's thread must not wait for the disk), through the same desk as the page.
     */
    void correctNewest(Emotion emotion) {
        Thread save = new Thread(() -> desk.newest().ifPresentOrElse(look -> {
            try {
                desk.correct(look.id(), emotion);
            } catch (IOException | RuntimeException e) {
                log.error("the screen's correction was not saved: {}", e.getMessage());
            }
        }, () -> log.warn("no decided look with faces to correct")), "screen-correction");
        save.setDaemon(true);
        save.start();
    }

    private void swapTo(Path model) {
        SwappableClassifier running = live;
        if (running == null) {
            log.warn("no emotion model is running; {} is used from the next start", model);
            return;
        }
        try {
            running.swap(SavedModelClassifier.load(model), model.getFileName().toString());
            holder.publish(new PartChanged(Part.MODEL, PartStatus.ok(running.name())));
            log.info("the box now reads faces with {}", model);
        } catch (RuntimeException | LinkageError e) {
            log.error("could not load {} ({}); the box keeps reading faces with {}", model, e.getMessage(), running.name());
        }
    }

    @Override
    public void close() {
        adapter.close();
    }
}
