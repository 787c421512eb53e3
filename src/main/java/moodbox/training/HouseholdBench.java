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

    /** Household and everyone-else accuracy of one model, before or after. */
    public record Scores(double household, double everyoneElse) {
    }

    public record Outcome(Scores before, Scores after, Adapter.Result adaptation) {
        public double householdGain() {
            return after.household() - before.household();
        }

        public double everyoneElseDrop() {
            return before.everyoneElse() - after.everyoneElse();
        }
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
        Outcome outcome = new Outcome(before, after, adaptation);
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
        json.put("everyoneElseBefore", before.everyoneElse());
        json.put("everyoneElseAfter", after.everyoneElse());
        json.put("adaptSeconds", adaptation.seconds());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("bench.json").toFile(), json);
        return outcome;
    }

    private Scores score(Path model, PretendHousehold household) {
        try (SavedModelClassifier classifier = SavedModelClassifier.load(model, options.threads())) {
            return new Scores(Evaluator.evaluate(classifier, household.others(), false).accuracy(),
                    Evaluator.evaluate(classifier, household.everyoneElse(), false).accuracy());
        }
    }

    private String table(Path modelDir, int people, int facesPerPerson, long seed, PretendHousehold household, Outcome o) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "`adapt --bench --model %s --people %d --faces-per-person %d --household-seed %d` "
                        + "(epochs %d, lr %.2g, teacher weight %.2f, layers %s, anchor camera %.2f, seed %d, %d thread(s)):%n%n",
                modelDir, people, facesPerPerson, seed, options.epochs(), options.learningRate(), options.teacherWeight(),
                options.layers(), options.anchorCamera(), options.seed(), options.threads()));
        s.append("| | before | after | change |\n|---|---|---|---|\n");
        s.append(String.format(Locale.ROOT, "| household's other faces (%d) | %.2f%% | %.2f%% | %+.2f points |%n", household.others().size(),
                100 * o.before().household(), 100 * o.after().household(), 100 * o.householdGain()));
        s.append(String.format(Locale.ROOT, "| everyone else, unchanged faces (%d) | %.2f%% | %.2f%% | %+.2f points |%n", household.everyoneElse().size(),
                100 * o.before().everyoneElse(), 100 * o.after().everyoneElse(), -100 * o.everyoneElseDrop()));
        s.append(String.format(Locale.ROOT, "%nAdapted on %d corrected faces in %.1f s.%n", o.adaptation().faces(), o.adaptation().seconds()));
        return s.toString();
    }
}
