package moodbox.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import moodbox.emotion.tf.SavedModelClassifier;

/**
 * {@code adapt --bench}: how much adaptation helps a household and what it costs everyone else. A
 * {@link PretendHousehold} is made from labelled faces, the model is scored on the household's other faces
 * and on everyone else's, adapted on the household's corrected faces exactly as {@code adapt} does, and scored
 * again. Writes {@code OUT/corrections/} (the faces adapted on, for {@code adapt --data}), the adapted model
 * in {@code OUT/model} with the figures in its card, and {@code OUT/bench.json}.
 */
public final class HouseholdBench {
    private final AdaptOptions options;
    private final PrintStream console;

    public HouseholdBench(AdaptOptions options, PrintStream console) {
        this.options = options;
        this.console = console;
    }

    /** One model's accuracy on the household's other faces, on its corrected looks seen again, and on everyone else. */
    public record Scores(double household, double again, double everyoneElse) {
    }

    /**
     * The original model's scores, the adapted model's (as {@code adapt} writes it), and the adapted network's
     * without its {@link CorrectionMemory} (the same as {@code after} when it has none).
     */
    public record Outcome(Scores before, Scores after, Scores networkAlone, Adapter.Result adaptation) {
    }

    public Outcome run(Path modelDir, FaceDataset faces, int people, int facesPerPerson, long householdSeed, Path out) throws IOException {
        PretendHousehold household = new PretendHousehold(faces, Adapter.demoFaces(), people, facesPerPerson, householdSeed);
        console.printf("pretend household of %d people (seed %d): %d corrected faces, %d other faces of theirs; %d faces of everyone else"
                        + " (%d demo faces left out)%n", people, householdSeed, household.corrections().size(), household.others().size(),
                household.everyoneElse().size(), household.excludedCount());
        List<HouseholdCondition> conditions = household.conditions();
        for (int p = 0; p < conditions.size(); p++) {
            console.printf("  person %d: %s%n", p + 1, conditions.get(p));
        }
        Path corrections = out.resolve("corrections");
        ModelExporter.deleteRecursively(corrections);
        ImageFolderWriter.writeAll(household.corrections(), corrections);
        Scores before = score(modelDir, household);
        Adapter.Result adaptation = new Adapter(options, console).adapt(modelDir, household.corrections(), out.resolve("model"));
        Scores after = score(out.resolve("model"), household);
        Scores networkAlone = after;
        if (adaptation.rememberedFaces() > 0) {
            Path alone = out.resolve("network-alone");
            Architecture architecture = ModelArchitecture.of(modelDir);
            ModelExporter.export(architecture, SavedModelValues.read(out.resolve("model"), architecture), alone);
            networkAlone = score(alone, household);
        }
        Outcome outcome = new Outcome(before, after, networkAlone, adaptation);
        String table = table(modelDir, people, facesPerPerson, householdSeed, household, outcome);
        console.print(table);
        Files.writeString(out.resolve("model").resolve("MODEL_CARD.md"), "\n## Household benchmark\n\n" + table,
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", modelDir.toString());
        json.put("people", people);
        json.put("facesPerPerson", facesPerPerson);
        json.put("householdSeed", householdSeed);
        json.put("corrections", household.corrections().size());
        json.put("householdTestFaces", household.others().size());
        json.put("everyoneElseFaces", household.everyoneElse().size());
        json.put("householdBefore", before.household());
        json.put("householdAfter", after.household());
        json.put("householdAfterNetworkAlone", networkAlone.household());
        json.put("againBefore", before.again());
        json.put("againAfter", after.again());
        json.put("againAfterNetworkAlone", networkAlone.again());
        json.put("everyoneElseBefore", before.everyoneElse());
        json.put("everyoneElseAfter", after.everyoneElse());
        json.put("everyoneElseAfterNetworkAlone", networkAlone.everyoneElse());
        json.put("adaptSeconds", adaptation.seconds());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("bench.json").toFile(), json);
        return outcome;
    }

    private Scores score(Path model, PretendHousehold household) {
        try (SavedModelClassifier classifier = SavedModelClassifier.load(model, options.threads())) {
            return new Scores(Evaluator.evaluate(classifier, household.others(), false).accuracy(),
                    Evaluator.evaluate(classifier, household.again(), false).accuracy(),
                    Evaluator.evaluate(classifier, household.everyoneElse(), false).accuracy());
        }
    }

    private String table(Path modelDir, int people, int facesPerPerson, long seed, PretendHousehold household, Outcome o) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "`adapt --bench --model %s --people %d --faces-per-person %d --household-seed %d` "
                        + "(epochs %d, lr %.2g, teacher weight %.2f, layers %s, anchor camera %.2f, seed %d, %d thread(s)):%n%n",
                modelDir, people, facesPerPerson, seed, options.epochs(), options.learningRate(), options.teacherWeight(),
                options.layers(), options.anchorCamera(), options.seed(), options.threads()));
        s.append("| | before | after, network alone | after (the adapted model) | change |\n|---|---|---|---|---|\n");
        row(s, "household's other faces (" + household.others().size() + ")", o.before().household(), o.networkAlone().household(), o.after().household());
        row(s, "its corrected looks seen again (" + household.again().size() + ")", o.before().again(), o.networkAlone().again(), o.after().again());
        row(s, "everyone else, unchanged faces (" + household.everyoneElse().size() + ")", o.before().everyoneElse(),
                o.networkAlone().everyoneElse(), o.after().everyoneElse());
        s.append(String.format(Locale.ROOT, "%nAdapted on %d corrected faces in %.1f s.%n", o.adaptation().faces(), o.adaptation().seconds()));
        return s.toString();
    }

    private static void row(StringBuilder s, String name, double before, double networkAlone, double after) {
        s.append(String.format(Locale.ROOT, "| %s | %.2f%% | %.2f%% | %.2f%% | %+.2f points |%n", name, 100 * before, 100 * networkAlone,
                100 * after, 100 * (after - before)));
    }
}
