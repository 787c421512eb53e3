package moodbox.household;

/**
 * How the box learns its household: {@code adaptAfter} new corrected looks start a background adaptation
 * ({@link #DEFAULT_ADAPT_AFTER} by default: about one look per emotion and a few to check the result on).
 */
public record HouseholdSettings(int adaptAfter) {
    public static final int DEFAULT_ADAPT_AFTER = 10;
    public static final HouseholdSettings DEFAULTS = new HouseholdSettings(DEFAULT_ADAPT_AFTER);

    public HouseholdSettings {
        if (adaptAfter < 1) {
            throw new IllegalArgumentException("adaptAfter must be at least 1 corrected look, not " + adaptAfter);
        }
    }
}
