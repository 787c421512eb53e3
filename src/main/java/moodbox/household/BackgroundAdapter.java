package moodbox.household;

import moodbox.config.HouseholdSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import moodbox.emotion.EmotionScores;
import moodbox.image.GrayImage;
import moodbox.emotion.tf.SavedModelClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns the household in the background: once {@link HouseholdSettings#adaptAfter()} new looks have been
 * corrected, it adapts a copy of the shipped model on the stored corrections ({@code moodbox adapt} at low
 * priority, on its own thread), keeping every fourth look out of it. The new model is taken only when it gets
 * more of those held-out faces right than the model in use; otherwise it is discarded and the reason kept. A
 * taken model is handed to the swap callback (the live swap); {@link #backToShipped()} hands back the shipped
 * model and deletes the personal one. Its state lives in {@code workDir/personal.json}.
 */
public final class BackgroundAdapter implements AutoCloseable {
    static final int HOLD_OUT_EVERY = 4;
    private static final String STATE = "personal.json";
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundAdapter.class);

    private final CorrectionStore store;
    private final Path shippedModel;
    private final Path workDir;
    private volatile HouseholdSettings settings;
    private final Consumer<Path> swap;
    private final AdaptProcess adapt;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "household-adapter");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private CompletableFuture<AdaptationOutcome> running;
    private String personal;
    private int newCorrections;
    private AdaptationOutcome last;

    /**
     * @param mainClass the class whose {@code main} runs {@code moodbox adapt} in the child JVM (the app's entry
     *                  point, {@code moodbox.app.Main}; given by the wiring so that this package does not refer to it)
     */
    public BackgroundAdapter(CorrectionStore store, Path shippedModel, Path workDir, HouseholdSettings settings, Consumer<Path> swap,
                             String mainClass) throws IOException {
        this(store, shippedModel, workDir, settings, swap, mainClass, List.of(), Clock.systemUTC());
    }

    BackgroundAdapter(CorrectionStore store, Path shippedModel, Path workDir, HouseholdSettings settings, Consumer<Path> swap,
                      String mainClass, List<String> adaptArguments, Clock clock) throws IOException {
        this.store = store;
        this.shippedModel = shippedModel;
        this.workDir = workDir;
        this.settings = settings;
        this.swap = swap;
        this.adapt = new AdaptProcess(mainClass, adaptArguments);
        this.clock = clock;
        readState();
    }

    /** The model the box should run: the accepted personal model, or the shipped one. */
    public synchronized Path activeModel() {
        return personal == null ? shippedModel : workDir.resolve(personal);
    }

    public synchronized boolean personalModelActive() {
        return personal != null;
    }

    /** The last adaptation's outcome, if one ran. */
    public synchronized Optional<AdaptationOutcome> lastOutcome() {
        return Optional.ofNullable(last);
    }

    /** Corrected looks saved since the last adaptation started (counted, so the store's cap does not stop it). */
    public synchronized int newCorrections() {
        return newCorrections;
    }

    public HouseholdSettings settings() {
        return settings;
    }

    /** New settings (from the settings page); the next saved correction is judged by them. */
    public void settings(HouseholdSettings changed) {
        settings = changed;
    }

    /** Whether an adaptation is running now. */
    public synchronized boolean adapting() {
        return running != null && !running.isDone();
    }

    /**
     * Called after a correction was saved: starts an adaptation when enough new ones have come in and none is
     * running; returns it, or empty.
     */
    public synchronized Optional<CompletableFuture<AdaptationOutcome>> correctionSaved() throws IOException {
        newCorrections++;
        writeState();
        if (newCorrections < settings.adaptAfter() || adapting()) {
            return Optional.empty();
        }
        return Optional.of(adaptNow());
    }

    /**
     * Called after every correction was forgotten: nothing learned from them stays, so the box goes back to the
     * shipped model ({@link #backToShipped()}) and the count of new corrections starts again from zero.
     */
    public synchronized void correctionsForgotten() throws IOException {
        newCorrections = 0;
        backToShipped();
    }

    /** Starts an adaptation on every stored correction now (or returns the one running). */
    public synchronized CompletableFuture<AdaptationOutcome> adaptNow() throws IOException {
        if (running != null && !running.isDone()) {
            return running;
        }
        newCorrections = 0;
        writeState();
        running = CompletableFuture.supplyAsync(this::adaptAndJudge, thread);
        return running;
    }

    /** Goes back to the shipped model: hands it to the swap callback and deletes the personal model. */
    public synchronized void backToShipped() throws IOException {
        String old = personal;
        personal = null;
        writeState();
        swap.accept(shippedModel);
        if (old != null) {
            Folders.deleteRecursively(workDir.resolve(old));
        }
    }

    private AdaptationOutcome adaptAndJudge() {
        AdaptationOutcome outcome;
        try {
            outcome = tryAdaptation();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = rejected("the adaptation was stopped", 0, 0);
        } catch (IOException | RuntimeException e) {
            LOG.warn("household adaptation failed", e);
            outcome = rejected("the adaptation failed: " + e.getMessage(), 0, 0);
        }
        synchronized (this) {
            last = outcome;
            try {
                writeState();
            } catch (IOException e) {
                LOG.warn("could not save the household adapter's state: {}", e.getMessage());
            }
        }
        return outcome;
    }

    private AdaptationOutcome tryAdaptation() throws IOException, InterruptedException {
        List<Correction> looks = store.all();
        if (looks.size() < 2) {
            return rejected("at least 2 corrected looks are needed (one to learn from, one to check on); there are " + looks.size(), 0, 0);
        }
        List<Correction> learn = new ArrayList<>();
        List<Correction> check = new ArrayList<>();
        for (int i = 0; i < looks.size(); i++) {
            (heldOut(i, looks.size()) ? check : learn).add(looks.get(i));
        }
        Path run = workDir.resolve("run");
        Folders.deleteRecursively(run);
        Files.createDirectories(run);
        int learned = CorrectionStore.export(learn, run.resolve("faces"));
        List<GrayImage> checkFaces = new ArrayList<>();
        List<Integer> checkLabels = new ArrayList<>();
        for (Correction look : check) {
            for (GrayImage face : look.faces()) {
                checkFaces.add(face);
                checkLabels.add(look.corrected().index());
            }
        }
        String name = "personal-" + clock.instant().toEpochMilli();
        Path candidate = workDir.resolve(name);
        Folders.deleteRecursively(candidate);
        adapt.run(shippedModel, run.resolve("faces"), candidate, run.resolve("adapt.log"));
        int currentCorrect = correct(activeModel(), checkFaces, checkLabels);
        int newCorrect = correct(candidate, checkFaces, checkLabels);
        if (newCorrect <= currentCorrect) {
            Folders.deleteRecursively(candidate);
            return new AdaptationOutcome(clock.instant(), false, String.format(
                    "discarded: the new model got %d of the %d held-out corrected faces right, the model in use %d; it must do better",
                    newCorrect, checkFaces.size(), currentCorrect), learned, checkFaces.size(), currentCorrect, newCorrect);
        }
        String old;
        synchronized (this) {
            old = personal;
            personal = name;
            writeState();
        }
        swap.accept(candidate);
        if (old != null) {
            Folders.deleteRecursively(workDir.resolve(old));
        }
        Folders.deleteRecursively(run);
        return new AdaptationOutcome(clock.instant(), true, String.format(
                "taken: the new model got %d of the %d held-out corrected faces right, the model in use %d",
                newCorrect, checkFaces.size(), currentCorrect), learned, checkFaces.size(), currentCorrect, newCorrect);
    }

    /** Every fourth look (counting from the newest) is held out; with fewer than four looks, only the newest. */
    static boolean heldOut(int index, int count) {
        int fromNewest = count - 1 - index;
        return count < HOLD_OUT_EVERY ? fromNewest == 0 : fromNewest % HOLD_OUT_EVERY == 0;
    }

    private AdaptationOutcome rejected(String reason, int learned, int heldOut) {
        return new AdaptationOutcome(clock.instant(), false, reason, learned, heldOut, 0, 0);
    }

    private static int correct(Path model, List<GrayImage> faces, List<Integer> labels) {
        try (SavedModelClassifier classifier = SavedModelClassifier.load(model, 1)) {
            List<EmotionScores> scores = classifier.classifyAll(faces);
            int right = 0;
            for (int i = 0; i < faces.size(); i++) {
                if (scores.get(i).top().index() == labels.get(i)) {
                    right++;
                }
            }
            return right;
        }
    }

    private void readState() throws IOException {
        Path file = workDir.resolve(STATE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        JsonNode node = json.readTree(file.toFile());
        JsonNode active = node.get("personalModel");
        personal = active == null || active.isNull() || !Files.isDirectory(workDir.resolve(active.asText())) ? null : active.asText();
        newCorrections = node.path("newCorrections").asInt(0);
        JsonNode o = node.get("lastOutcome");
        if (o != null && !o.isNull()) {
            last = new AdaptationOutcome(Instant.parse(o.get("time").asText()), o.get("accepted").asBoolean(), o.get("reason").asText(),
                    o.get("learnedFaces").asInt(), o.get("heldOutFaces").asInt(), o.get("currentCorrect").asInt(), o.get("newCorrect").asInt());
        }
    }

    private void writeState() throws IOException {
        Files.createDirectories(workDir);
        ObjectNode node = json.createObjectNode();
        node.put("personalModel", personal);
        node.put("newCorrections", newCorrections);
        if (last != null) {
            ObjectNode o = node.putObject("lastOutcome");
            o.put("time", last.time().toString());
            o.put("accepted", last.accepted());
            o.put("reason", last.reason());
            o.put("learnedFaces", last.learnedFaces());
            o.put("heldOutFaces", last.heldOutFaces());
            o.put("currentCorrect", last.currentCorrect());
            o.put("newCorrect", last.newCorrect());
        }
        Path tmp = workDir.resolve(STATE + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), node);
        Files.move(tmp, workDir.resolve(STATE), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
