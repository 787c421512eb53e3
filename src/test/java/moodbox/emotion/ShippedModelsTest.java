package moodbox.emotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.training.Datasets;
import moodbox.training.EvaluationReport;
import moodbox.training.Evaluator;
import moodbox.training.FaceDataset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The models in {@code model/} are real, described truthfully, and recognise real FER2013 faces. */
class ShippedModelsTest {
    @ParameterizedTest
    @ValueSource(strings = {ShippedModels.CNN, ShippedModels.LITE})
    void shipsACardAndClassifiesRealFacesWellAboveChance(String name) throws Exception {
        Path dir = ShippedModels.locate(name);
        assertTrue(Files.isRegularFile(dir.resolve("MODEL_CARD.md")), "model card missing");
        assertEquals(Arrays.stream(Emotion.values()).map(Emotion::label).toList(), Files.readAllLines(dir.resolve("labels.txt")));
        JsonNode metrics = new ObjectMapper().readTree(dir.resolve("metrics.json").toFile());

        Path sample = Path.of(getClass().getResource("/face-sample/publictest-63-faces.csv.gz").toURI());
        try (SavedModelClassifier model = SavedModelClassifier.load(dir, 2)) {
            EvaluationReport onSample = Evaluator.evaluate(model, Datasets.load(sample, "PublicTest", false), false);
            // 63 faces, 9 per emotion: chance is 1/7 = 14%.
            assertTrue(onSample.accuracy() >= 0.35, name + " on the 63-face sample: " + onSample.accuracy());

            Path publicTest = Path.of(System.getProperty("moodbox.sharedData", "../shared/data"), "fer2013-publictest.csv.gz");
            Assumptions.assumeTrue(Files.exists(publicTest), "FER2013 PublicTest not found at " + publicTest + ": card figure not re-checked");
            FaceDataset all = Datasets.load(publicTest, "PublicTest", false);
            EvaluationReport full = Evaluator.evaluate(model, all, false);
            assertEquals(metrics.get("accuracy").asDouble(), full.accuracy(), 0.001, "metrics.json disagrees with a fresh evaluation");
            assertEquals(metrics.get("samples").asLong(), full.total());
        }
    }
}
