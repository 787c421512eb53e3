package moodbox.household;

import java.time.Instant;

/**
 * What the last background adaptation came to: whether its model was taken, why, and the figures it was judged
 * on (how many of the held-out corrected faces the model in use and the new one got right).
 */
public record AdaptationOutcome(Instant time, boolean accepted, String reason, int learnedFaces, int heldOutFaces,
                                int currentCorrect, int newCorrect) {
}
