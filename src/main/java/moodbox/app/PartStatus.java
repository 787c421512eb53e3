package moodbox.app;

import java.util.Locale;

/**
 * How one part is doing, with a short sentence for people ("USB stick 'MUSIC': 412 songs", "no camera
 * found on /dev/video0").
 */
public record PartStatus(Health health, String detail) {
    public enum Health {
        STARTING,
        OK,
        SIMULATED,
        ABSENT,
        FAILED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PartStatus {
        if (health == null || detail == null) {
            throw new IllegalArgumentException("part status needs a health and a detail");
        }
    }

    public static PartStatus ok(String detail) {
        return new PartStatus(Health.OK, detail);
    }

    public static PartStatus simulated(String detail) {
        return new PartStatus(Health.SIMULATED, detail);
    }

    public static PartStatus absent(String detail) {
        return new PartStatus(Health.ABSENT, detail);
    }

    public static PartStatus failed(String detail) {
        return new PartStatus(Health.FAILED, detail);
    }

    public boolean failed() {
        return health == Health.FAILED;
    }
}
