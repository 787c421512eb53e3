package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;
import org.junit.jupiter.api.Test;

class PretendHouseholdTest {
    @Test
    void eachPersonCorrectsOneFacePerEmotionAndNoFaceIsInTwoParts() {
        FaceDataset faces = randomFaces(600, 5);
        FaceDataset excluded = new FaceDataset(List.of(faces.image(0).pixels(), faces.image(1).pixels()),
                new int[] {faces.label(0), faces.label(1)}, 0);
        PretendHousehold household = new PretendHousehold(faces, excluded, 4, 60, 9);

        assertEquals(2, household.excludedCount());
        assertEquals(4 * 60, household.corrections().size() + household.others().size());
        assertEquals(600 - 2 - 240, household.everyoneElse().size());
        assertTrue(household.corrections().size() <= 4 * Emotion.COUNT);
        for (int count : household.corrections().classCounts()) {
            assertTrue(count <= 4, "at most one corrected face per person and emotion: " + Arrays.toString(household.corrections().classCounts()));
        }
        Set<String> everyoneElse = pixels(household.everyoneElse());
        assertFalse(everyoneElse.contains(Arrays.toString(faces.image(0).pixels())), "an excluded face is not scored");
        for (String face : pixels(household.others())) {
            assertFalse(everyoneElse.contains(face));
        }
        assertEquals(4, household.conditions().size());
        assertNotEquals(household.conditions().get(0), household.conditions().get(1), "each person has their own place in the room");
        assertEquals(household.conditions().get(0).blur(), household.conditions().get(3).blur(), "one camera for the household");
        assertEquals(household.corrections().size(), household.again().size(), "each corrected look is seen again once");
        for (int i = 0; i < household.again().size(); i++) {
            assertEquals(household.corrections().label(i), household.again().label(i));
            assertFalse(Arrays.equals(household.corrections().image(i).pixels(), household.again().image(i).pixels()), "seen anew, not copied");
        }
    }

    @Test
    void aConditionIsFixedButItsNoiseIsPerFace() {
        HouseholdCondition condition = HouseholdCondition.camera(new SplittableRandom(1)).person(new SplittableRandom(2));
        GrayImage face = randomFaces(1, 3).image(0);
        GrayImage a = condition.apply(face, new SplittableRandom(5));
        GrayImage b = condition.apply(face, new SplittableRandom(5));
        GrayImage c = condition.apply(face, new SplittableRandom(6));
        assertTrue(Arrays.equals(a.pixels(), b.pixels()), "reproducible");
        assertFalse(Arrays.equals(a.pixels(), c.pixels()), "other noise");
        assertFalse(Arrays.equals(a.pixels(), face.pixels()), "the face is changed");
    }

    private static Set<String> pixels(FaceDataset data) {
        Set<String> set = new HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            set.add(Arrays.toString(data.image(i).pixels()));
        }
        return set;
    }

    private static FaceDataset randomFaces(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> images = new ArrayList<>();
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            byte[] px = new byte[48 * 48];
            for (int p = 0; p < px.length; p++) {
                px[p] = (byte) random.nextInt(256);
            }
            images.add(px);
            labels[i] = random.nextInt(Emotion.COUNT);
        }
        return new FaceDataset(images, labels, 0);
    }
}
