package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {
    @Test
    void metricsMatchAHandComputedConfusionMatrix() {
        // truth:     A A A H H H H N N S   (A=0 Angry, H=3 Happy, N=6 Neutral, S=4 Sad)
        // predicted: A A H H H H N N A S
        int[] truth = {0, 0, 0, 3, 3, 3, 3, 6, 6, 4};
        int[] predicted = {0, 0, 3, 3, 3, 3, 6, 6, 0, 4};
        EvaluationReport r = EvaluationReport.of(truth, predicted);
        assertEquals(7.0 / 10, r.accuracy(), 1e-12);
        // Angry: tp 2, predicted 3, support 3
        assertEquals(2.0 / 3, r.precision(0), 1e-12);
        assertEquals(2.0 / 3, r.recall(0), 1e-12);
        // Happy: tp 3, predicted 4, support 4 -> p 0.75 r 0.75
        assertEquals(0.75, r.f1(3), 1e-12);
        // Neutral: tp 1, predicted 2, support 2 -> 0.5
        assertEquals(0.5, r.f1(6), 1e-12);
        assertEquals(1.0, r.f1(4), 1e-12);
        assertEquals(0.0, r.f1(1), 1e-12); // Disgust never seen nor predicted
        double macro = (2.0 / 3 + 0.75 + 0.5 + 1.0) / 7;
        assertEquals(macro, r.macroF1(), 1e-12);
        double weighted = (2.0 / 3 * 3 + 0.75 * 4 + 0.5 * 2 + 1.0 * 1) / 10;
        assertEquals(weighted, r.weightedF1(), 1e-12);
        assertEquals(1, r.confusion()[0][3]);
        assertEquals(1, r.confusion()[6][0]);

        Map<String, Object> json = r.toJson();
        assertEquals(0.7, json.get("accuracy"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> perClass = (Map<String, Map<String, Object>>) json.get("perClass");
        assertEquals(4L, perClass.get("Happy").get("support"));
    }
}
