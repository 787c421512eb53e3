package moodbox.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import moodbox.cli.Args;
import moodbox.cli.Command;
import moodbox.emotion.tf.SavedModelClassifier;

/**
 * {@code ship}: copies the best model of a training run into the project (e.g. {@code model/emotion-cnn})
 * and writes what it measured beside it: {@code metrics.json}, {@code MODEL_CARD.md}, the confusion heat
 * map, the training log and learning curve (and the weight averages' log, if any). The run's
 * {@code commands.txt} and, when present, its hand-written {@code NOTES.md} (what happened during the run)
 * go into the card. {@code --run} may also name a model shipped before (its {@code metrics.json} holds the
 * training's facts and commands, its card's "Run history" the notes): that ships it again, e.g. with a
 * {@code --class-bias}, without its run folder.
 */
public final class ShipCommand implements Command {
    @Override
    public String usage() {
        return "ship --run TRAINING_OUT_DIR|SHIPPED_MODEL_DIR --val FILE --to model/emotion-cnn|model/emotion-lite [--no-tta] [--class-bias EMOTION=OFFSET]";
    }

    @Override
    public Set<String> switches() {
        return Set.of("--no-tta");
    }

    @Override
    public int run(Args args) throws Exception {
        Path run = Path.of(args.required("--run"));
        Path val = Path.of(args.required("--val"));
        Path to = Path.of(args.required("--to"));
        boolean tta = !args.flag("--no-tta");
        ClassBias bias = ClassBias.parse(args.option("--class-bias", null));
        args.rejectUnknown();

        Provenance from = Files.exists(run.resolve("state.json")) || !Files.exists(run.resolve("MODEL_CARD.md"))
                ? Provenance.ofRun(run) : Provenance.ofShipped(run);
        TrainingState state = from.state();
        List<String> commands = from.commands();
        Architecture architecture = Architecture.named(state.architecture());
        Files.createDirectories(to.toAbsolutePath().getParent());
        Path staged = to.resolveSibling(to.getFileName() + ".staged");
        ModelExporter.deleteRecursively(staged);
        // Exported afresh, so every shipped model has the current compact form (weights stored once).
        Map<String, float[]> trained = SavedModelValues.read(from.model(), architecture);
        ModelExporter.export(architecture, bias.applyTo(trained, architecture), staged);
        for (String file : new String[] {"log.csv", "learning-curve.png", "average.csv"}) {
            if (Files.exists(run.resolve(file))) {
                Files.copy(run.resolve(file), staged.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        FaceDataset data = Datasets.load(val, "PublicTest", false);
        EvaluationReport report;
        EvaluationReport flipped;
        try (SavedModelClassifier model = SavedModelClassifier.load(staged, Runtime.getRuntime().availableProcessors())) {
            report = Evaluator.evaluate(model, data, false);
            flipped = tta ? Evaluator.evaluate(model, data, true) : null;
        }
        EvaluationReport unbiased = null;
        if (!bias.isNone()) {
            try (SavedModelClassifier model = SavedModelClassifier.load(from.model(), Runtime.getRuntime().availableProcessors())) {
                unbiased = Evaluator.evaluate(model, data, false);
            }
        }
        double latency = benchInFreshJvm(staged, architecture.name());
        NetworkStats stats = NetworkStats.of(architecture);
        String name = to.getFileName().toString();
        String valName = "../shared/data/" + val.getFileName();

        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("model", name);
        metrics.put("architecture", architecture.name());
        metrics.put("parameters", stats.parameters());
        metrics.put("flops", stats.flops());
        metrics.put("split", "PublicTest");
        metrics.putAll(report.toJson());
        if (flipped != null) {
            metrics.put("tta", Map.of("method", "mean of face and mirror image", "accuracy", flipped.toJson().get("accuracy"),
                    "macroF1", flipped.toJson().get("macroF1")));
        }
        if (unbiased != null) {
            metrics.put("classBias", bias.toString());
            metrics.put("withoutClassBias", unbiased.toJson());
        }
        metrics.put("latencyMs", Map.of("median", latency, "threads", 1, "machine", System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores", "command", "java -jar target/moodbox.jar bench --json"));
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("epochs", state.epoch());
        training.put("bestEpoch", state.bestEpoch());
        if (state.bestAveragedFrom() > 0) {
            training.put("averagedFromEpoch", state.bestAveragedFrom());
        }
        training.put("seed", state.seed());
        training.put("commands", commands);
        metrics.put("training", training);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(staged.resolve("metrics.json").toFile(), metrics);
        ConfusionHeatmap.draw(report, name + " on PublicTest", staged.resolve("confusion.png"));
        Files.writeString(staged.resolve("MODEL_CARD.md"), ModelCard.render(new ModelCard.Facts(name, architecture, stats, state,
                new TrainingLog(run.resolve("log.csv")).read(), commands, valName, report, flipped, latency,
                from.notes(),
                bias, unbiased, "java -jar target/moodbox.jar ship " + String.join(" ", args.words()))));

        Path old = to.resolveSibling(to.getFileName() + ".old");
        ModelExporter.deleteRecursively(old);
        if (Files.exists(to)) {
            Files.move(to, old);
        }
        Files.move(staged, to);
        ModelExporter.deleteRecursively(old);
        System.out.printf("shipped %s: PublicTest accuracy %.4f, macro F1 %.4f, %,d parameters, %.2f ms%n",
                to, report.accuracy(), report.macroF1(), stats.parameters(), latency);
        return 0;
    }

    /**
     * The {@code bench} command's latency for this model, run in a fresh JVM as a user runs it: measured inside
     * this process, after TensorFlow sessions with default threading have exported and read the model, the
     * same model came out about twice as slow (1.8–2.0 ms instead of 0.9 ms for emotion-lite).
     */
    private static double benchInFreshJvm(Path model, String architecture) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process bench = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), BenchCommand.class.getName(),
                "--json", "--" + architecture, model.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bench.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (bench.waitFor() != 0 || !out.startsWith("{")) {
            throw new IOException("the latency benchmark failed (exit " + bench.exitValue() + "): " + out);
        }
        return new ObjectMapper().readTree(out).get(architecture + "ClassifyMs").asDouble();
    }

    /** Where a model to ship comes from: its weights, the training's state and commands, and the notes on the run. */
    private record Provenance(Path model, TrainingState state, List<String> commands, String notes) {
        /** A training run's folder: {@code model/}, {@code state.json}, {@code commands.txt}, perhaps {@code NOTES.md}. */
        static Provenance ofRun(Path run) throws IOException {
            Path file = run.resolve("commands.txt");
            if (!Files.exists(file)) {
                throw new IllegalStateException(run + " has no commands.txt: it was not made by moodbox train");
            }
            List<String> commands = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
            Path notes = run.resolve("NOTES.md");
            return new Provenance(run.resolve("model"), TrainingState.read(run.resolve("state.json")), commands,
                    Files.exists(notes) ? Files.readString(notes) : null);
        }

        /** A model shipped before: the facts {@code ship} wrote into its {@code metrics.json} and card. */
        static Provenance ofShipped(Path shipped) throws IOException {
            var metrics = new ObjectMapper().readTree(shipped.resolve("metrics.json").toFile());
            var training = metrics.get("training");
            if (training == null || !training.has("commands")) {
                throw new IllegalStateException(shipped + "/metrics.json names no training commands: it was not shipped by moodbox ship");
            }
            List<String> commands = new ArrayList<>();
            training.get("commands").forEach(c -> commands.add(c.asText()));
            TrainingState state = new TrainingState(metrics.get("architecture").asText(), training.get("seed").asLong(),
                    training.get("epochs").asInt(), 0, 0f, metrics.get("accuracy").asDouble(), training.get("bestEpoch").asInt(), 0,
                    training.path("averagedFromEpoch").asInt(0), null);
            String card = Files.readString(shipped.resolve("MODEL_CARD.md"));
            int history = card.indexOf(ModelCard.RUN_HISTORY);
            return new Provenance(shipped, state, commands, history < 0 ? null : card.substring(history + ModelCard.RUN_HISTORY.length()).strip() + "\n");
        }
    }
}
