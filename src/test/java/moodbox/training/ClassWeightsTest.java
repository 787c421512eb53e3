package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassWeightsTest {
    /** FER2013 Training: Angry, Disgust, Fear, Happy, Sad, Surprise, Neutral. */
    private static final int[] FER_TRAINING = {3995, 436, 4097, 7215, 4830, 3171, 4965};

    @Test
    void inverseSqrtKeepsTheMeanWeightPerFaceAtOneAndFavoursRareClassesByTheSquareRootOfTheirRarity() {
        ClassWeights weights = ClassWeights.inverseSqrtFrequency(FER_TRAINING);
        double weighted = 0;
        int faces = 0;
        for (int c = 0; c < FER_TRAINING.length; c++) {
            weighted += weights.weight(c) * FER_TRAINING[c];
            faces += FER_TRAINING[c];
        }
        assertEquals(1.0, weighted / faces, 1e-5);
        assertEquals(Math.sqrt(7215.0 / 436), weights.weight(1) / weights.weight(3), 1e-4, "Disgust against Happy");
        assertEquals(3.20, weights.weight(1), 0.01);
        assertTrue(weights.summary().startsWith("inverse-sqrt (Angry 1.06, Disgust 3.20,"), weights.summary());
    }

    @Test
    void eachFaceGetsItsLabelsWeightAndNoneWeighsAllOne() {
        ClassWeights weights = ClassWeights.named("inverse-sqrt", new int[] {1, 4, 0, 0, 0, 0, 0});
        // total 5, Σ√n = 3: weights 5/3 and 5/6; a class without faces gets 0.
        assertArrayEquals(new float[] {5f / 3, 5f / 6, 5f / 3, 0}, weights.of(new int[] {0, 1, 0, 2}), 1e-6f);
        assertArrayEquals(new float[] {1, 1, 1}, ClassWeights.named("none", FER_TRAINING).of(new int[] {1, 3, 6}));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> ClassWeights.named("inverse", FER_TRAINING));
        assertTrue(wrong.getMessage().contains("none or inverse-sqrt"), wrong.getMessage());
    }
}
