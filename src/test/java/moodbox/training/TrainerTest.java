package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import moodbox.emotion.EmotionScores;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
    static final String COMMAND = "moodbox train (test)";

    @TempDir
    Path dir;

    /** Where the trainer's progress goes when a test does not read it. */
    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    Path tinyTrainingCsv() throws Exception {
        return TinyCsv.write(dir.resolve("train.csv"), TinyData.squares(6, 1), "Training");
    }

    Path tinyValidationCsv() throws Exception {
        return TinyCsv.write(dir.resolve("val.csv"), TinyData.squares(2, 2), "PublicTest");
    }

    TrainingOptions options(Path train, Path val, int epochs, boolean resume) {
        return options(train, val, epochs, resume, LearningRateSchedule.PLATEAU);
    }

    TrainingOptions options(Path train, Path val, int epochs, boolean resume, LearningRateSchedule schedule) {
        return new TrainingOptions(train, val, "Training", "PublicTest", "lite", dir.resolve("run"), epochs, 14,
                0.01f, schedule, 3, resume, 2, 12, 4, 0, false, null, 0.5f, 1, 0, null, "none", 0, Optimizer.ADAM, 0f);
    }

    @Test
    void trainsResumesExportsAndTheExportReloadsWithIdenticalOutputs() throws Exception {
        Path train = tinyTrainingCsv();
        Path val = tinyValidationCsv();

        TrainingState first = new Trainer(options(train, val, 2, false), COMMAND, quiet).run();
        assertEquals(2, first.epoch());
        assertThrows(IllegalStateException.class, () -> new Trainer(options(train, val, 3, false), COMMAND, quiet).run(),
                "a second run into the same folder must not overwrite the first");

        TrainingState resumed = new Trainer(options(train, val, 3, true), COMMAND, quiet).run();
        assertEquals(3, resumed.epoch());
        assertEquals(6, first.step()); // 42 faces / batch 14 = 3 steps per epoch
        assertEquals(9, resumed.step());
        Path run = dir.resolve("run");
        List<EpochRecord> log = new TrainingLog(run.resolve("log.csv")).read();
        assertEquals(List.of(1, 2, 3), log.stream().map(EpochRecord::epoch).toList());
        assertTrue(Files.size(run.resolve("learning-curve.png")) > 1000);
        assertTrue(Files.exists(run.resolve("model/saved_model.pb")));
        assertEquals("Angry", Files.readAllLines(run.resolve("model/labels.txt")).get(0));

        // A fresh session on the exported model gives what the training graph's inference path gave.
        FaceDataset faces = TinyData.squares(1, 9);
        List<GrayImage> images = new ArrayList<>();
        float[] inputs = new float[faces.size() * 2304];
        for (int i = 0; i < faces.size(); i++) {
            images.add(faces.image(i));
            moodbox.emotion.FacePreprocessing.toModelInput(faces.image(i), inputs, i * 2304);
        }
        try (TrainingGraph graph = new TrainingGraph(Architecture.named("lite"), 3, 1)) {
            graph.restore(run.resolve("checkpoint/last"));
            ModelExporter.export(Architecture.named("lite"), graph.values(), dir.resolve("exported"));
            float[] expected = graph.predict(inputs, faces.size());
            try (SavedModelClassifier model = SavedModelClassifier.load(dir.resolve("exported"))) {
                List<EmotionScores> scores = model.classifyAll(images);
                for (int i = 0; i < faces.size(); i++) {
                    float[] row = java.util.Arrays.copyOfRange(expected, i * 7, i * 7 + 7);
                    assertArrayEquals(row, scores.get(i).toArray(), 1e-5f);
                }
            }
            // The export's batch norms are folded; reading it back and exporting again gives the same model.
            ModelExporter.export(Architecture.named("lite"), SavedModelValues.read(dir.resolve("exported"), Architecture.named("lite")),
                    dir.resolve("re-exported"));
            try (SavedModelClassifier model = SavedModelClassifier.load(dir.resolve("re-exported"))) {
                assertArrayEquals(expected, model.probabilities(inputs, faces.size()), 1e-5f);
            }
        }
    }

    @Test
    void cosineScheduleFallsFromTheBaseRateToTheMinimumAndAResumedRunStaysOnTheCurve() throws Exception {
        assertEquals(0.01f, LearningRateSchedule.cosine(0.01f, 1, 4), 1e-9f);
        assertEquals((0.01f + Trainer.MIN_LEARNING_RATE) / 2, LearningRateSchedule.cosine(0.01f, 3, 4), 1e-6f);
        assertTrue(LearningRateSchedule.cosine(0.01f, 4, 4) < LearningRateSchedule.cosine(0.01f, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.named("step"));

        Path train = tinyTrainingCsv();
        Path val = tinyValidationCsv();
        new Trainer(options(train, val, 1, false), COMMAND, quiet).run(); // first epoch on the plateau schedule
        new Trainer(options(train, val, 4, true, LearningRateSchedule.named("cosine")), COMMAND, quiet).run();
        List<EpochRecord> log = new TrainingLog(dir.resolve("run/log.csv")).read();
        assertEquals(4, log.size());
        for (EpochRecord record : log.subList(1, 4)) {
            assertEquals(LearningRateSchedule.cosine(0.01f, record.epoch(), 4), record.learningRate(), 1e-6);
        }
    }

    @Test
    void aNesterovRunWithLabelSmoothingResumesOnlyWithItsOwnOptimizer() throws Exception {
        Path train = tinyTrainingCsv();
        Path val = tinyValidationCsv();
        TrainingState first = new Trainer(stepping(options(train, val, 2, false), Optimizer.NESTEROV, 0.1f), COMMAND, quiet).run();
        assertEquals(Optimizer.NESTEROV, TrainingState.read(dir.resolve("run/state.json")).stepsWith());
        assertTrue(Files.exists(dir.resolve("run/model/saved_model.pb")));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new Trainer(stepping(options(train, val, 3, true), Optimizer.ADAM, 0.1f), COMMAND, quiet).run());
        assertTrue(refused.getMessage().contains("steps with --optimizer nesterov"), refused.getMessage());

        TrainingState resumed = new Trainer(stepping(options(train, val, 3, true), Optimizer.NESTEROV, 0.1f), COMMAND, quiet).run();
        assertEquals(3, resumed.epoch());
        assertEquals(first.step() + 3, resumed.step());
        assertThrows(IllegalArgumentException.class, () -> Optimizer.named("sgd"));
    }

    @Test
    void labelSmoothingMixesEveryTargetWithTheUniformDistribution() {
        BatchSource.Batch batch = new BatchSource(TinyData.squares(1, 2), 7, null, 0).batch(0);
        BatchSource.Batch smooth = batch.smoothed(0.1f);
        for (int row = 0; row < batch.size(); row++) {
            float sum = 0;
            for (int c = 0; c < 7; c++) {
                float expected = c == batch.labels()[row] ? 0.9f + 0.1f / 7 : 0.1f / 7;
                assertEquals(expected, smooth.targets()[row * 7 + c], 1e-6f);
                sum += smooth.targets()[row * 7 + c];
            }
            assertEquals(1f, sum, 1e-5f);
        }
        assertSame(batch, batch.smoothed(0f));
        assertThrows(IllegalArgumentException.class, () -> stepping(options(Path.of("unused.csv"), Path.of("unused.csv"), 1, false), Optimizer.ADAM, 1f));
    }

    private static TrainingOptions stepping(TrainingOptions o, Optimizer optimizer, float labelSmoothing) {
        return new TrainingOptions(o.data(), o.validation(), o.dataUsage(), o.validationUsage(), o.architecture(), o.out(),
                o.epochs(), o.batchSize(), o.learningRate(), o.schedule(), o.seed(), o.resume(), o.threads(), o.earlyStopPatience(),
                o.plateauPatience(), o.limit(), o.skipMalformed(), o.teacher(), o.teacherWeight(), o.augmentation(), o.averageFrom(),
                o.init(), o.classWeights(), o.camera(), optimizer, labelSmoothing);
    }

    @Test
    void averagingOnAConstantRateKeepsTheMeanOfTheWeightsAcrossAResumeValidatesItAndExportsItOnlyWhenBest() throws Exception {
        Path train = tinyTrainingCsv();
        Path val = tinyValidationCsv();
        TrainingOptions plain = options(train, val, 3, false);
        new Trainer(averaging(plain, 3, false), COMMAND, quiet).run();
        Path run = dir.resolve("run");
        WeightAverage afterThree = WeightAverage.readOrEmpty(run.resolve("average.bin"));
        assertEquals(2, afterThree.count());
        assertEquals(2, afterThree.firstEpoch());

        // Resumed: the saved mean goes on, and equals the mean of the checkpoints it was built from.
        Map<String, float[]> third;
        try (TrainingGraph graph = new TrainingGraph(Architecture.named("lite"), 3, 1)) {
            graph.restore(run.resolve("checkpoint/last"));
            third = graph.values();
        }
        TrainingState state = new Trainer(averaging(plain, 4, true), COMMAND, quiet).run();
        WeightAverage afterFour = WeightAverage.readOrEmpty(run.resolve("average.bin"));
        assertEquals(3, afterFour.count());
        Map<String, float[]> fourth;
        try (TrainingGraph graph = new TrainingGraph(Architecture.named("lite"), 3, 1)) {
            graph.restore(run.resolve("checkpoint/last"));
            fourth = graph.values();
        }
        String weight = "head_w";
        for (int i = 0; i < 10; i++) {
            float expected = (2 * afterThree.values().get(weight)[i] + fourth.get(weight)[i]) / 3;
            assertEquals(expected, afterFour.values().get(weight)[i], 1e-6f);
        }
        assertTrue(third.get(weight)[0] != fourth.get(weight)[0], "the fourth epoch changed nothing");

        List<String> averaged = Files.readAllLines(run.resolve("average.csv"));
        assertEquals("epoch,first_epoch,models,val_loss,val_accuracy", averaged.get(0));
        assertEquals(List.of("2,2,1", "3,2,2", "4,2,3"), averaged.subList(1, 4).stream()
                .map(line -> String.join(",", java.util.Arrays.copyOf(line.split(","), 3))).toList());
        double bestPlain = new TrainingLog(run.resolve("log.csv")).read().stream().mapToDouble(EpochRecord::valAccuracy).max().orElseThrow();
        double bestAveraged = averaged.subList(1, 4).stream().mapToDouble(line -> Double.parseDouble(line.split(",")[4])).max().orElseThrow();
        assertEquals(Math.max(bestPlain, bestAveraged), state.bestAccuracy(), 1e-5);
        assertEquals(List.of(0.005, 0.005, 0.005, 0.005), new TrainingLog(run.resolve("log.csv")).read().stream()
                .map(r -> Math.round(r.learningRate() * 1e6) / 1e6).toList(), "the constant schedule moved");
        assertTrue(List.of(0, 2).contains(state.bestAveragedFrom()), "averaged from " + state.bestAveragedFrom());
        assertEquals(state.bestAveragedFrom() == 2 ? bestAveraged : bestPlain, state.bestAccuracy(), 1e-5);

        // What was exported is what the state says is best.
        try (SavedModelClassifier model = SavedModelClassifier.load(run.resolve("model"))) {
            EvaluationReport exported = Evaluator.evaluate(model, Datasets.load(val, "PublicTest", false), false);
            assertEquals(state.bestAccuracy(), exported.accuracy(), 1e-5);
        }

        // Shipped, the card and metrics say whether the model is an average, and the averages' log goes along.
        Path shipped = dir.resolve("model/emotion-lite");
        assertEquals(0, moodbox.app.Main.run(new String[] {"ship", "--run", run.toString(), "--val", val.toString(),
                "--to", shipped.toString(), "--no-tta"}));
        assertTrue(Files.exists(shipped.resolve("average.csv")));
        JsonNode training = new ObjectMapper().readTree(shipped.resolve("metrics.json").toFile()).get("training");
        String card = Files.readString(shipped.resolve("MODEL_CARD.md"));
        if (state.bestAveragedFrom() > 0) {
            assertEquals(2, training.get("averagedFromEpoch").asInt());
            assertTrue(card.contains("(the mean of the weights after epochs 2–" + state.bestEpoch() + ")"), card);
        } else {
            assertTrue(!training.has("averagedFromEpoch"), training.toString());
            assertTrue(!card.contains("the mean of the weights after"), card);
        }
    }

    private static TrainingOptions averaging(TrainingOptions o, int epochs, boolean resume) {
        return new TrainingOptions(o.data(), o.validation(), o.dataUsage(), o.validationUsage(), o.architecture(), o.out(),
                epochs, o.batchSize(), 0.005f, LearningRateSchedule.CONSTANT, o.seed(), resume, o.threads(), o.earlyStopPatience(),
                o.plateauPatience(), o.limit(), o.skipMalformed(), o.teacher(), o.teacherWeight(), o.augmentation(), 2, null, "none", 0, Optimizer.ADAM, 0f);
    }

    @Test
    void distillingMixesTheTeachersProbabilitiesIntoTheTargetsAndEveryStartIsRecorded() throws Exception {
        Path train = tinyTrainingCsv();
        Path val = tinyValidationCsv();
        new Trainer(options(train, val, 1, false), "first start", quiet).run();
        Path teacher = dir.resolve("teacher");
        Files.move(dir.resolve("run/model"), teacher);

        BatchSource.Batch batch = new BatchSource(TinyData.squares(1, 5), 7, new java.util.SplittableRandom(1), 1).batch(0);
        float[] taught;
        try (SavedModelClassifier model = SavedModelClassifier.load(teacher)) {
            taught = model.probabilities(batch.inputs(), batch.size());
        }
        try (Distiller distiller = new Distiller(teacher, 0.25f, 1)) {
            BatchSource.Batch soft = distiller.soften(batch);
            assertArrayEquals(batch.labels(), soft.labels());
            for (int i = 0; i < taught.length; i++) {
                assertEquals(0.75f * batch.targets()[i] + 0.25f * taught[i], soft.targets()[i], 1e-6f);
            }
            for (int row = 0; row < batch.size(); row++) {
                float sum = 0;
                for (int c = 0; c < 7; c++) {
                    sum += soft.targets()[row * 7 + c];
                }
                assertEquals(1f, sum, 1e-5f);
                assertTrue(soft.targets()[row * 7 + batch.labels()[row]] >= 0.75f);
            }
        }

        BatchSource.Batch throughCameras = new BatchSource(TinyData.squares(1, 5), 7, new java.util.SplittableRandom(1), 1, 1).batch(0);
        try (SavedModelClassifier model = SavedModelClassifier.load(teacher); Distiller distiller = new Distiller(teacher, 1f, 1)) {
            float[] clear = model.probabilities(throughCameras.teacherInputs(), throughCameras.size());
            assertArrayEquals(clear, distiller.soften(throughCameras).targets(), 1e-6f, "the teacher must judge the faces before the camera");
            assertFalse(java.util.Arrays.equals(clear, model.probabilities(throughCameras.inputs(), throughCameras.size())),
                    "the camera step changed nothing the teacher could see");
        }

        TrainingOptions plain = options(train, val, 2, true);
        TrainingOptions distilling = new TrainingOptions(plain.data(), plain.validation(), "Training", "PublicTest", "lite",
                plain.out(), 2, 14, 0.01f, LearningRateSchedule.PLATEAU, 3, true, 2, 12, 4, 0, false, teacher, 0.25f, 1, 0, null, "none", 0, Optimizer.ADAM, 0f);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        TrainingState state = new Trainer(distilling, "second start", new PrintStream(console, true, StandardCharsets.UTF_8)).run();
        assertEquals(2, state.epoch());
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("distilling from " + teacher), console.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("first start", "second start"), Files.readAllLines(dir.resolve("run/commands.txt")));
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(plain.data(), plain.validation(), "Training",
                "PublicTest", "lite", plain.out(), 2, 14, 0.01f, LearningRateSchedule.PLATEAU, 3, true, 2, 12, 4, 0, false, teacher, 1.5f, 1, 0, null, "none", 0, Optimizer.ADAM, 0f));
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(plain.data(), plain.validation(), "Training",
                "PublicTest", "lite", plain.out(), 2, 14, 0.01f, LearningRateSchedule.PLATEAU, 3, true, 2, 12, 4, 0, false, null, 0.5f, 1.5, 0, null, "none", 0, Optimizer.ADAM, 0f));
    }

    @Test
    void shipCopiesTheBestModelWithMetricsThatMatchAFreshEvaluationAndACardNamingTheCommandsThatMadeIt() throws Exception {
        Path train = tinyTrainingCsv();
        Path val = tinyValidationCsv();
        new Trainer(options(train, val, 1, false), "java -jar target/moodbox.jar train --epochs 1", quiet).run();
        new Trainer(options(train, val, 2, true, LearningRateSchedule.COSINE), "java -jar target/moodbox.jar train --resume", quiet).run();
        Path shipped = dir.resolve("model/emotion-lite");
        Files.writeString(dir.resolve("run/NOTES.md"), "- The second start moved to a cosine schedule.\n");

        assertEquals(0, moodbox.app.Main.run(new String[] {"ship", "--run", dir.resolve("run").toString(), "--val", val.toString(),
                "--to", shipped.toString()}));
        JsonNode metrics = new ObjectMapper().readTree(shipped.resolve("metrics.json").toFile());
        try (SavedModelClassifier classifier = SavedModelClassifier.load(shipped)) {
            EvaluationReport fresh = Evaluator.evaluate(classifier, Datasets.load(val, "", false), false);
            assertEquals(fresh.accuracy(), metrics.get("accuracy").asDouble(), 1e-4);
        }
        assertEquals(2, metrics.get("training").get("commands").size());
        String card = Files.readString(shipped.resolve("MODEL_CARD.md"));
        assertTrue(card.contains("    java -jar target/moodbox.jar train --epochs 1\n    java -jar target/moodbox.jar train --resume\n"), card);
        assertTrue(card.endsWith("## Run history\n\n- The second start moved to a cosine schedule.\n"), card);
        for (String file : new String[] {"saved_model.pb", "labels.txt", "confusion.png", "log.csv", "learning-curve.png"}) {
            assertTrue(Files.exists(shipped.resolve(file)), file);
        }
        Path biased = dir.resolve("model/emotion-lite-biased");
        // shipped again from the shipped folder (no run folder needed), with a bias
        assertEquals(0, moodbox.app.Main.run(new String[] {"ship", "--run", shipped.toString(), "--val", val.toString(),
                "--to", biased.toString(), "--class-bias", "Disgust=2.5"}));
        float[] face = new float[48 * 48];
        java.util.Arrays.fill(face, 0.4f);
        try (SavedModelClassifier plain = SavedModelClassifier.load(shipped); SavedModelClassifier moved = SavedModelClassifier.load(biased)) {
            float[] p = plain.probabilities(face, 1);
            float[] q = moved.probabilities(face, 1);
            for (int c = 0; c < 7; c++) {
                if (c != 1) {
                    assertEquals(Math.exp(2.5), (q[1] / q[c]) / (p[1] / p[c]), 1e-3 * Math.exp(2.5), "Disgust's odds against class " + c);
                }
            }
        }
        JsonNode biasedMetrics = new ObjectMapper().readTree(biased.resolve("metrics.json").toFile());
        assertEquals("Disgust +2.50", biasedMetrics.get("classBias").asText());
        assertEquals(metrics.get("accuracy").asDouble(), biasedMetrics.get("withoutClassBias").get("accuracy").asDouble(), 1e-9);
        String biasedCard = Files.readString(biased.resolve("MODEL_CARD.md"));
        assertTrue(biasedCard.contains("    java -jar target/moodbox.jar train --epochs 1\n    java -jar target/moodbox.jar train --resume\n"), biasedCard);
        assertTrue(biasedCard.endsWith("## Run history\n\n- The second start moved to a cosine schedule.\n"), biasedCard);
        assertEquals(metrics.get("training"), biasedMetrics.get("training"));
        assertTrue(biasedCard.contains("Shipped with an output bias (`java -jar target/moodbox.jar ship --run ") && biasedCard.contains(
                "--class-bias Disgust=2.5`): Disgust +2.50 added to the logit"), biasedCard);
        assertEquals(1, moodbox.app.Main.run(new String[] {"ship", "--run", dir.resolve("run").toString(), "--val", val.toString(),
                "--to", biased.toString(), "--class-bias", "Bored=1"}), "an unknown emotion is refused");
        assertTrue(Files.exists(biased.resolve("saved_model.pb")), "a refused ship leaves the shipped model alone");

        Files.delete(dir.resolve("run/commands.txt"));
        assertEquals(1, moodbox.app.Main.run(new String[] {"ship", "--run", dir.resolve("run").toString(), "--val", val.toString(),
                "--to", shipped.toString()}), "a run without its commands cannot ship a truthful card");
        assertTrue(Files.exists(shipped.resolve("saved_model.pb")), "a failed ship leaves the shipped model alone");
        assertTrue(Files.notExists(dir.resolve("model/emotion-lite.staged")));
    }

    @Test
    void evaluateCommandPrintsOneJsonObjectMatchingTheEvaluator() throws Exception {
        Path train = tinyTrainingCsv();
        Path val = tinyValidationCsv();
        new Trainer(options(train, val, 2, false), COMMAND, quiet).run();
        Path model = dir.resolve("run/model");

        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = moodbox.app.Main.run(new String[] {"evaluate", "--model", model.toString(), "--data", val.toString(), "--json"});
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, code);
        String out = captured.toString(StandardCharsets.UTF_8).trim();
        assertEquals(1, out.lines().count(), out);
        JsonNode json = new ObjectMapper().readTree(out);
        EvaluationReport expected;
        try (SavedModelClassifier classifier = SavedModelClassifier.load(model)) {
            expected = Evaluator.evaluate(classifier, Datasets.load(val, "", false), false);
        }
        assertEquals(Math.round(expected.accuracy() * 10000) / 10000.0, json.get("accuracy").asDouble(), 1e-9);
        assertEquals(7, json.get("confusion").size());
        assertEquals(7, json.get("confusion").get(0).size());
        assertEquals(2, json.get("perClass").get("Happy").get("support").asInt());
        assertTrue(json.has("macroF1"));
        assertTrue(json.get("perClass").get("Sad").has("precision"));
    }

    @Test
    void badCommandLinesGetAClearMessageAndExitCode2() {
        assertEquals(2, moodbox.app.Main.run(new String[] {"train", "--arch", "cnn"}));
        assertEquals(2, moodbox.app.Main.run(new String[] {"evaluate", "--model", "x", "--data", "y", "--frobnicate", "1"}));
        assertEquals(2, moodbox.app.Main.run(new String[] {"no-such-command"}));
        assertEquals(1, moodbox.app.Main.run(new String[] {"evaluate", "--model", dir.resolve("none").toString(), "--data", dir.resolve("none.csv").toString()}));
    }
}
