package moodbox.household;

import java.util.Optional;

/**
 * The personal model as the page shows it: whether it is the model in use (or the shipped one), how many
 * corrected looks are stored, how many new ones have come in of the {@code adaptAfter} that start the next
 * adaptation, whether one is running, and how the last one came out.
 */
public record PersonalModelStatus(boolean personalActive, int storedLooks, int newCorrections, int adaptAfter,
                                  boolean adapting, Optional<AdaptationOutcome> lastOutcome) {
}
