package moodbox.training;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import moodbox.emotion.Emotion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one network: Adam (or SGD with Nesterov momentum: {@link Optimizer}) on categorical cross-entropy
 * (optionally label-smoothed), augmentation prepared on a second thread, the
 * learning rate halved when validation accuracy stalls (or following a cosine), early stopping, a checkpoint
 * after every epoch ({@code --resume} continues from it) and the best epoch exported as a SavedModel in
 * {@code OUT/model}. With a teacher model it distils: the targets mix the labels with the teacher's
 * probabilities. With {@code --average-from N} it also keeps the mean of the weights after each epoch from N
 * on ({@code OUT/average.bin}), re-estimates the batch-norm statistics for that mean, validates it
 * ({@code OUT/average.csv}) and exports it when it is the best so far. With {@code --init} a new run starts
 * from a shipped model's weights (the optimizer's state fresh); with {@code --class-weights} each face's cross-entropy
 * is weighted by its class (see {@link ClassWeights}). Every start of a run is recorded in
 * {@code OUT/commands.txt}.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    static final float MIN_LEARNING_RATE = 1e-5f;

    private final TrainingOptions options;
    private final String commandLine;
    private final PrintStream console;

    /** {@code commandLine} is how this run was started; it is appended to {@code OUT/commands.txt}. */
    public Trainer(TrainingOptions options, String commandLine, PrintStream console) {
        this.options = options;
        this.commandLine = commandLine;
        this.console = console;
    }

    /** Runs until the epoch budget or early stopping; returns the final state. */
    public TrainingState run() throws IOException {
        Architecture architecture = Architecture.named(options.architecture());
        FaceDataset train = Datasets.load(options.data(), options.dataUsage(), options.skipMalformed());
        FaceDataset val = Datasets.load(options.validation(), options.validationUsage(), options.skipMalformed());
        if (options.limit() > 0) {
            train = train.head(options.limit());
            val = val.head(options.limit());
        }
        console.println("training data:   " + train.summary());
        console.println("validation data: " + val.summary());

        Path out = options.out();
        Files.createDirectories(out.resolve("checkpoint"));
        Path statePath = out.resolve("state.json");
        Path checkpoint = out.resolve("checkpoint").resolve("last");
        TrainingLog log = new TrainingLog(out.resolve("log.csv"));
        Path averagePath = out.resolve("average.bin");

        ExecutorService prefetch = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "batch-prefetch");
            t.setDaemon(true);
            return t;
        });
        ClassWeights classWeights = ClassWeights.named(options.classWeights(), train.classCounts());
        try (TrainingGraph graph = startingGraph(architecture, train);
             Distiller distiller = options.teacher() == null ? null
                     : new Distiller(options.teacher(), options.teacherWeight(), options.threads())) {
            TrainingState state = TrainingState.fresh(architecture.name(), options.seed(), options.learningRate(), options.optimizer());
            WeightAverage average = WeightAverage.empty();
            if (options.resume()) {
                state = resume(graph, statePath, checkpoint, architecture);
                log.truncateAfter(state.epoch());
                average = WeightAverage.readOrEmpty(averagePath);
            } else if (Files.exists(statePath)) {
                throw new IllegalStateException(out + " already holds a training run: use --resume to continue it or choose another --out");
            }
            Files.writeString(out.resolve("commands.txt"), commandLine + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (options.init() != null && !options.resume()) {
                console.printf("starting from %s: validation accuracy %.4f%n", options.init(), validate(graph, val)[1]);
            }
            console.println("class weights: " + classWeights.summary());
            if (distiller != null) {
                console.printf("distilling from %s (teacher weight %.2f)%n", options.teacher(), options.teacherWeight());
            }
            console.printf("%s: %,d parameters, %.0f MFLOP per face, batch %d, %d thread(s)%n", architecture.name(),
                    graph.parameterCount(), graph.flops() / 1e6, options.batchSize(), options.threads());
            while (state.epoch() < options.epochs()) {
                if (state.epoch() - state.bestEpoch() >= options.earlyStopPatience() && state.bestEpoch() > 0) {
                    console.printf("early stop: no better validation accuracy for %d epochs%n", options.earlyStopPatience());
                    break;
                }
                state = epoch(graph, distiller, classWeights, train, val, state, log, prefetch, architecture);
                if (options.averageFrom() > 0 && state.epoch() >= options.averageFrom()
                        && average.add(graph.values(), state.epoch())) {
                    average.write(averagePath);
                    state = validateAverage(average, architecture, train, val, state);
                }
                graph.save(checkpoint);
                state.write(statePath);
            }
            console.printf("best validation accuracy %.4f at epoch %d; model in %s%n", state.bestAccuracy(),
                    state.bestEpoch(), out.resolve("model"));
            return state;
        } finally {
            prefetch.shutdownNow();
        }
    }

    /**
     * A graph with fresh weights, or with {@code --init}'s (not when resuming: the checkpoint has the weights).
     * A shipped model's batch norms are folded into its convolutions, so they are first re-centred on the
     * statistics of the training faces (see {@link BatchNormFolding#recentre}).
     */
    private TrainingGraph startingGraph(Architecture architecture, FaceDataset train) {
        if (options.init() == null || options.resume()) {
            return new TrainingGraph(architecture, options.seed(), options.threads(), Map.of(), TrainingScope.EVERYTHING, options.optimizer());
        }
        if (!Files.isRegularFile(options.init().resolve("saved_model.pb"))) {
            throw new IllegalArgumentException("--init " + options.init() + " is not a model folder (no saved_model.pb):"
                    + " give a shipped model such as model/emotion-" + architecture.name() + " or a run's OUT/model");
        }
        Map<String, float[]> stored = SavedModelValues.read(options.init(), architecture);
        Map<String, float[]> recentred;
        try (TrainingGraph probe = new TrainingGraph(architecture, options.seed(), options.threads(), stored)) {
            recentred = BatchNormFolding.recentre(stored, probe.batchNormInputStatistics(train, 256));
        }
        return new TrainingGraph(architecture, options.seed(), options.threads(), recentred, TrainingScope.EVERYTHING, options.optimizer());
    }

    private TrainingState resume(TrainingGraph graph, Path statePath, Path checkpoint, Architecture architecture) throws IOException {
        if (!Files.exists(statePath)) {
            throw new IllegalStateException("nothing to resume in " + options.out() + " (no state.json)");
        }
        TrainingState state = TrainingState.read(statePath);
        if (!state.architecture().equals(architecture.name())) {
            throw new IllegalStateException("the run in " + options.out() + " trains '" + state.architecture()
                    + "', not '" + architecture.name() + "'");
        }
        if (state.stepsWith() != options.optimizer()) {
            throw new IllegalStateException("the run in " + options.out() + " steps with --optimizer " + state.stepsWith().cliName()
                    + ": resume it with that, or start a new run (--init OUT/model) to change the optimizer");
        }
        graph.restore(checkpoint);
        console.printf("resuming after epoch %d (best %.4f at epoch %d, learning rate %.2g)%n",
                state.epoch(), state.bestAccuracy(), state.bestEpoch(), state.learningRate());
        return state;
    }

    private TrainingState epoch(TrainingGraph graph, Distiller distiller, ClassWeights classWeights, FaceDataset train, FaceDataset val, TrainingState state,
                                TrainingLog log, ExecutorService prefetch, Architecture architecture) throws IOException {
        int epoch = state.epoch() + 1;
        float lr = switch (options.schedule()) {
            case PLATEAU -> state.learningRate();
            case COSINE -> LearningRateSchedule.cosine(options.learningRate(), epoch, options.epochs());
            case CONSTANT -> options.learningRate();
        };
        long started = System.nanoTime();
        BatchSource batches = new BatchSource(train, options.batchSize(), new SplittableRandom(options.seed() * 1_000_003L + epoch),
                options.augmentation(), options.camera());
        ProgressBar bar = new ProgressBar(console, String.format("epoch %d/%d", epoch, options.epochs()), batches.batchCount());
        double lossSum = 0;
        long correct = 0;
        long seen = 0;
        long step = state.step();
        IntFunction<BatchSource.Batch> prepare = i -> (distiller == null ? batches.batch(i) : distiller.soften(batches.batch(i)))
                .smoothed(options.labelSmoothing());
        CompletableFuture<BatchSource.Batch> next = CompletableFuture.supplyAsync(() -> prepare.apply(0), prefetch);
        for (int b = 0; b < batches.batchCount(); b++) {
            BatchSource.Batch batch = next.join();
            if (b + 1 < batches.batchCount()) {
                int following = b + 1;
                next = CompletableFuture.supplyAsync(() -> prepare.apply(following), prefetch);
            }
            TrainingGraph.StepResult result = graph.train(batch, classWeights, lr, ++step);
            if (!Float.isFinite(result.loss())) {
                throw new IllegalStateException("training diverged (loss " + result.loss() + ") at epoch " + epoch);
            }
            lossSum += result.loss() * batch.size();
            correct += result.correct();
            seen += batch.size();
            bar.update(b + 1, lossSum / seen, (double) correct / seen);
        }
        double[] valLossAccuracy = validate(graph, val);
        double seconds = (System.nanoTime() - started) / 1e9;
        EpochRecord record = new EpochRecord(epoch, lossSum / seen, (double) correct / seen, valLossAccuracy[0],
                valLossAccuracy[1], lr, seconds);
        log.append(record);
        LearningCurveChart.draw(log.read(), "emotion-" + architecture.name() + " (seed " + options.seed() + ")",
                options.out().resolve("learning-curve.png"));
        bar.finish(String.format("loss %.4f acc %.4f | val loss %.4f acc %.4f | lr %.2g | %.0f s", record.trainLoss(),
                record.trainAccuracy(), record.valLoss(), record.valAccuracy(), record.learningRate(), seconds));

        double best = state.bestAccuracy();
        int bestEpoch = state.bestEpoch();
        if (record.valAccuracy() > best) {
            best = record.valAccuracy();
            bestEpoch = epoch;
            ModelExporter.export(architecture, graph.values(), options.out().resolve("model"));
            LOG.info("epoch {}: new best validation accuracy {}; exported", epoch, String.format("%.4f", best));
        }
        int sinceChange = state.epochsSinceLrChange() + 1;
        if (options.schedule() == LearningRateSchedule.PLATEAU
                && epoch - bestEpoch >= options.plateauPatience() && sinceChange >= options.plateauPatience() && lr > MIN_LEARNING_RATE) {
            lr = Math.max(MIN_LEARNING_RATE, lr / 2);
            sinceChange = 0;
            console.printf("validation accuracy stalled: learning rate now %.2g%n", lr);
        }
        int averagedFrom = bestEpoch == epoch ? 0 : state.bestAveragedFrom();
        return new TrainingState(state.architecture(), state.seed(), epoch, step, lr, best, bestEpoch, sinceChange, averagedFrom,
                state.optimizer());
    }

    /**
     * Validates the mean of the weights so far: a graph starting from it re-estimates its batch-norm statistics
     * on one shuffled pass over the training faces (flipped, not otherwise augmented; no dropout), then is
     * validated; the mean is exported when it beats the best so far.
     */
    private TrainingState validateAverage(WeightAverage average, Architecture architecture, FaceDataset train,
                                          FaceDataset val, TrainingState state) throws IOException {
        try (TrainingGraph averaged = new TrainingGraph(architecture, options.seed(), options.threads(), average.values())) {
            BatchSource batches = new BatchSource(train, options.batchSize(), new SplittableRandom(options.seed() - state.epoch()), 0);
            for (int b = 0; b < batches.batchCount(); b++) {
                BatchSource.Batch batch = batches.batch(b);
                averaged.updateBatchNorm(batch.inputs(), batch.size());
            }
            double[] lossAccuracy = validate(averaged, val);
            Path csv = options.out().resolve("average.csv");
            if (!Files.exists(csv)) {
                Files.writeString(csv, "epoch,first_epoch,models,val_loss,val_accuracy\n", StandardCharsets.UTF_8);
            }
            Files.writeString(csv, String.format(java.util.Locale.ROOT, "%d,%d,%d,%.5f,%.5f%n", average.lastEpoch(),
                    average.firstEpoch(), average.count(), lossAccuracy[0], lossAccuracy[1]), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            console.printf("mean of the weights of epochs %d-%d: val loss %.4f acc %.4f%n", average.firstEpoch(),
                    average.lastEpoch(), lossAccuracy[0], lossAccuracy[1]);
            if (lossAccuracy[1] <= state.bestAccuracy()) {
                return state;
            }
            ModelExporter.export(architecture, averaged.values(), options.out().resolve("model"));
            LOG.info("the mean of epochs {}-{} is the new best ({}); exported", average.firstEpoch(), average.lastEpoch(),
                    String.format("%.4f", lossAccuracy[1]));
            return new TrainingState(state.architecture(), state.seed(), state.epoch(), state.step(), state.learningRate(),
                    lossAccuracy[1], state.epoch(), state.epochsSinceLrChange(), average.firstEpoch(), state.optimizer());
        }
    }

    /** Mean cross-entropy and accuracy of the inference path on the validation set. */
    static double[] validate(TrainingGraph graph, FaceDataset val) {
        BatchSource batches = new BatchSource(val, 256, null, 0);
        double loss = 0;
        long correct = 0;
        for (int b = 0; b < batches.batchCount(); b++) {
            BatchSource.Batch batch = batches.batch(b);
            float[] probs = graph.predict(batch.inputs(), batch.size());
            for (int i = 0; i < batch.size(); i++) {
                int label = batch.labels()[i];
                loss -= Math.log(Math.max(1e-7, probs[i * Emotion.COUNT + label]));
                if (TrainingGraph.argMax(probs, i * Emotion.COUNT) == label) {
                    correct++;
                }
            }
        }
        return new double[] {loss / val.size(), (double) correct / val.size()};
    }
}
