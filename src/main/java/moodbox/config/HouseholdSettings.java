package moodbox.config;

/**
 * How the box learns its household: {@code adaptAfter} new corrected looks start a background adaptation
 * ({@link #DEFAULT_ADAPT_AFTER} by default: about one look per emotion and a few to check the result on; at
 * most {@link #MAX_ADAPT_AFTER}, the looks the box keeps).
 */
public record HouseholdSettings(int adaptAfter) {
    public static final int DEFAULT_ADAPT_AFTER = 10;
    public static final int MAX_ADAPT_AFTER = 200;
    public static final HouseholdSettings DEFAULTS = new HouseholdSettings(DEFAULT_ADAPT_AFTER);

    public HouseholdSettings {
        InvalidSettingException.check(adaptAfter >= 1 && adaptAfter <= MAX_ADAPT_AFTER, "adaptAfter",
                "adaptAfter must be from 1 to " + MAX_ADAPT_AFTER + " (the box keeps at most " + MAX_ADAPT_AFTER
                        + " corrected looks), not " + adaptAfter);
    }
}
