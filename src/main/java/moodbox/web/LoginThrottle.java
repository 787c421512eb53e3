package moodbox.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down PIN guessing. Each address gets {@link #FREE_TRIES} wrong PINs; after that every wrong PIN
 * locks it out for twice as long as the last time (30 s, 60 s, … up to 15 min). Besides that, more than
 * {@link #GLOBAL_LIMIT} wrong PINs from all addresses within 10 minutes lock everyone out for a minute,
 * so spreading guesses over many addresses does not help either. A right PIN clears an address.
 */
final class LoginThrottle {
    static final int FREE_TRIES = 5;
    static final int GLOBAL_LIMIT = 30;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final Duration GLOBAL_WINDOW = Duration.ofMinutes(10);

    private record Record(int failures, Instant lockedUntil) {
    }

    private final Map<String, Record> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;
    private Instant windowStart = Instant.EPOCH;
    private int windowFailures;
    private Instant globalLockUntil = Instant.EPOCH;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this address must still wait before trying a PIN; zero when it may try now. */
    synchronized Duration waitFor(String address) {
        Instant now = clock.instant();
        Record r = byAddress.get(address);
        Instant until = r == null ? globalLockUntil : max(r.lockedUntil(), globalLockUntil);
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    synchronized void failed(String address) {
        Instant now = clock.instant();
        Record old = byAddress.getOrDefault(address, new Record(0, Instant.EPOCH));
        int failures = old.failures() + 1;
        Instant lockedUntil = old.lockedUntil();
        if (failures >= FREE_TRIES) {
            long factor = 1L << Math.min(failures - FREE_TRIES, 10);
            Duration lock = FIRST_LOCK.multipliedBy(factor);
            lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
        }
        byAddress.put(address, new Record(failures, lockedUntil));
        if (now.isAfter(windowStart.plus(GLOBAL_WINDOW))) {
            windowStart = now;
            windowFailures = 0;
        }
        if (++windowFailures > GLOBAL_LIMIT) {
            globalLockUntil = now.plus(Duration.ofMinutes(1));
        }
    }

    synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
