package moodbox.training;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;

/**
 * A household made up from labelled faces that carry no person labels (FER2013 PublicTest): {@code people}
 * pretend people, each a set of {@code facesPerPerson} faces seen through the household's one camera from
 * that person's own fixed place in the room ({@link HouseholdCondition}). Of each person's faces, the first of every emotion is the one the household
 * corrects ({@link #corrections}); the rest of that person's faces are the household test
 * ({@link #others}); {@link #again} are the corrected looks seen once more, a moment later; the faces given to no one stay as they are, for the accuracy on everyone else
 * ({@link #everyoneElse}). Reproducible from its seed.
 */
public final class PretendHousehold {
    /** How far a corrected look moves before it is seen again, as a share of the training augmentation's ranges. */
    static final double AGAIN_MOVEMENT = 0.25;

    private final List<HouseholdCondition> conditions = new ArrayList<>();
    private final FaceDataset corrections;
    private final FaceDataset others;
    private final FaceDataset again;
    private final FaceDataset everyoneElse;
    private final int excludedCount;

    /**
     * @param excluded faces to leave out everywhere (the demo faces {@code adapt} anchors on must not be scored
     *                 as "everyone else")
     */
    public PretendHousehold(FaceDataset faces, FaceDataset excluded, int people, int facesPerPerson, long seed) {
        if (people < 1 || facesPerPerson < Emotion.COUNT) {
            throw new IllegalArgumentException("a household needs at least 1 person with at least " + Emotion.COUNT + " faces");
        }
        if ((long) people * facesPerPerson >= faces.size()) {
            throw new IllegalArgumentException(people + " people × " + facesPerPerson + " faces need more than the "
                    + faces.size() + " faces given (some must stay for everyone else)");
        }
        SplittableRandom random = new SplittableRandom(seed);
        java.util.Set<String> leftOut = new java.util.HashSet<>();
        for (int i = 0; i < excluded.size(); i++) {
            leftOut.add(java.util.Arrays.toString(excluded.image(i).pixels()));
        }
        int[] order = java.util.Arrays.stream(shuffled(faces.size(), random))
                .filter(i -> !leftOut.contains(java.util.Arrays.toString(faces.image(i).pixels()))).toArray();
        excludedCount = faces.size() - order.length;
        Builder corrected = new Builder();
        Builder rest = new Builder();
        Builder seenAgain = new Builder();
        SplittableRandom againRandom = new SplittableRandom(seed * 31 + 7);
        Builder untouched = new Builder();
        int next = 0;
        HouseholdCondition camera = HouseholdCondition.camera(random);
        for (int person = 0; person < people; person++) {
            HouseholdCondition condition = camera.person(random);
            conditions.add(condition);
            boolean[] corrected7 = new boolean[Emotion.COUNT];
            for (int k = 0; k < facesPerPerson; k++) {
                int i = order[next++];
                int label = faces.label(i);
                byte[] seen = condition.apply(faces.image(i), random).pixels();
                if (!corrected7[label]) {
                    corrected7[label] = true;
                    corrected.add(seen, label);
                    GrayImage moved = Augmenter.augment(faces.image(i), againRandom, AGAIN_MOVEMENT, false);
                    seenAgain.add(condition.apply(moved, againRandom).pixels(), label);
                } else {
                    rest.add(seen, label);
                }
            }
        }
        while (next < order.length) {
            int i = order[next++];
            untouched.add(faces.image(i).pixels(), faces.label(i));
        }
        corrections = corrected.build();
        others = rest.build();
        again = seenAgain.build();
        everyoneElse = untouched.build();
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** One corrected face per person and emotion (fewer when a person has no face of an emotion). */
    public FaceDataset corrections() {
        return corrections;
    }

    /** The household's other faces: each person's faces but their corrected ones, seen as that person is seen. */
    public FaceDataset others() {
        return others;
    }

    /**
     * Each corrected look seen again: the same face a moment later (moved a little: {@link Augmenter#augment} at
     * {@link #AGAIN_MOVEMENT} of its full range, never mirrored), through the same camera and place with fresh
     * sensor noise.
     */
    public FaceDataset again() {
        return again;
    }

    /** The faces of no one in the household, unchanged. */
    public FaceDataset everyoneElse() {
        return everyoneElse;
    }

    /** How many of the given faces were left out as excluded. */
    public int excludedCount() {
        return excludedCount;
    }

    public List<HouseholdCondition> conditions() {
        return List.copyOf(conditions);
    }

    private static final class Builder {
        private final List<byte[]> images = new ArrayList<>();
        private final List<Integer> labels = new ArrayList<>();

        void add(byte[] image, int label) {
            images.add(image);
            labels.add(label);
        }

        FaceDataset build() {
            return new FaceDataset(images, labels.stream().mapToInt(Integer::intValue).toArray(), 0);
        }
    }
}
