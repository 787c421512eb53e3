package moodbox.camera;

import java.time.Duration;

/** Back-off between attempts to reopen a failed camera: {@code first}, then doubling up to {@code max}. */
public record RetryPolicy(Duration first, Duration max) {
    public RetryPolicy {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry back-off needs 0 < first <= max, got " + first + " and " + max);
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    public Duration after(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
