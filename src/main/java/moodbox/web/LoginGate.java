package moodbox.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides every login attempt, so that guessing the PIN takes years and its owner is never kept out.
 * <ul>
 * <li><b>Per client</b> (an IPv4 address, or an IPv6 /64): {@link #FREE_TRIES} wrong PINs, then each wrong
 * PIN locks that client out for twice as long as the last time (30 s, 60 s, … up to 15 min).</li>
 * <li><b>For the whole box</b>: a budget of {@link #BUDGET} wrong PINs, one of which comes back every
 * {@link #REFILL}. A right PIN does not refill it.</li>
 * <li><b>The button</b>: once the budget is spent, a PIN is only looked at within {@link #LINK_WINDOW} after a
 * press of the box's button, at most {@link #WRONG_PER_PRESS} wrong PINs per press and one attempt per client
 * per press; a client whose PIN was wrong then waits {@link #LOCKED_DOWN_LOCK}. The box's screen says so.</li>
 * </ul>
 * Everything is checked and spent in one step ({@link #attempt}), after the request body has arrived, so
 * requests held open in parallel get no extra guesses. Held in memory: a restart starts it afresh.
 */
final class LoginGate {
    static final int FREE_TRIES = 5;
    static final int BUDGET = 10;
    static final Duration REFILL = Duration.ofHours(6);
    static final Duration LINK_WINDOW = Duration.ofSeconds(60);
    static final int WRONG_PER_PRESS = 2;
    static final Duration LOCKED_DOWN_LOCK = Duration.ofMinutes(10);
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration MAX_LOCK = Duration.ofMinutes(15);

    static final String NOTICE_PRESS = "Too many wrong PINs on the set-up page: to log in, press the button, "
            + "then enter the PIN within " + LINK_WINDOW.toSeconds() + " s";
    static final String NOTICE_WINDOW = "Button pressed: log in on the set-up page now (within "
            + LINK_WINDOW.toSeconds() + " s)";

    /** What became of one attempt. */
    sealed interface Outcome {
    }

    record Accepted() implements Outcome {
    }

    record Wrong() implements Outcome {
    }

    /** This client must wait (its own back-off). */
    record Wait(Duration howLong) implements Outcome {
    }

    /** The box's wrong-PIN budget is spent: a press of the button is needed first. */
    record PressButton() implements Outcome {
    }

    private record Client(int failures, Instant lockedUntil) {
    }

    private final Map<String, Client> clients = new HashMap<>();
    private final Set<String> triedThisPress = new HashSet<>();
    private final Clock clock;
    private final Consumer<String> notices;
    private int spent;
    private Instant lastRefill;
    private Instant windowUntil = Instant.EPOCH;
    private int wrongThisPress;
    private String notice = "";

    /** {@code notices} hears what the box's screen should say about logging in ("" = nothing). */
    LoginGate(Clock clock, Consumer<String> notices) {
        this.clock = clock;
        this.notices = notices;
        this.lastRefill = clock.instant();
    }

    /** Checks, compares and spends in one step. {@code client} is the caller's address. */
    Outcome attempt(String client, String pin, String expected) {
        Outcome outcome;
        synchronized (this) {
            outcome = decide(key(client), pin, expected, clock.instant());
        }
        refreshNotice();
        return outcome;
    }

    private Outcome decide(String client, String pin, String expected, Instant now) {
        refill(now);
        Client record = clients.getOrDefault(client, new Client(0, Instant.EPOCH));
        if (now.isBefore(record.lockedUntil())) {
            return new Wait(Duration.between(now, record.lockedUntil()));
        }
        boolean lockedDown = spent >= BUDGET;
        if (lockedDown && (!now.isBefore(windowUntil) || wrongThisPress >= WRONG_PER_PRESS
                || !triedThisPress.add(client))) {
            return new PressButton();
        }
        boolean right = pin != null && MessageDigest.isEqual(pin.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
        if (right) {
            clients.remove(client);
            return new Accepted();
        }
        int failures = record.failures() + 1;
        Instant lockedUntil = record.lockedUntil();
        if (lockedDown) {
            wrongThisPress++;
            lockedUntil = now.plus(LOCKED_DOWN_LOCK);
        } else {
            spent++;
            if (failures >= FREE_TRIES) {
                Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failures - FREE_TRIES, 10));
                lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
            }
        }
        clients.put(client, new Client(failures, lockedUntil));
        return new Wrong();
    }

    /** The box's button was pressed: while the budget is spent, this opens a login window. */
    void buttonPressed() {
        synchronized (this) {
            Instant now = clock.instant();
            refill(now);
            if (spent >= BUDGET) {
                windowUntil = now.plus(LINK_WINDOW);
                wrongThisPress = 0;
                triedThisPress.clear();
            }
        }
        refreshNotice();
    }

    /** Whether a login needs a press of the button right now. */
    synchronized boolean buttonNeeded() {
        refill(clock.instant());
        return spent >= BUDGET && !clock.instant().isBefore(windowUntil);
    }

    /** Re-evaluates what the screen says (the window closes and the budget refills with time). */
    void refreshNotice() {
        String now;
        synchronized (this) {
            Instant t = clock.instant();
            refill(t);
            String wanted = spent < BUDGET ? "" : t.isBefore(windowUntil) && wrongThisPress < WRONG_PER_PRESS
                    ? NOTICE_WINDOW : NOTICE_PRESS;
            if (wanted.equals(notice)) {
                return;
            }
            notice = wanted;
            now = wanted;
        }
        notices.accept(now);
    }

    private void refill(Instant now) {
        if (spent == 0) {
            lastRefill = now;
            return;
        }
        long back = Duration.between(lastRefill, now).dividedBy(REFILL);
        if (back > 0) {
            spent = (int) Math.max(0, spent - back);
            lastRefill = lastRefill.plus(REFILL.multipliedBy(back));
        }
    }

    /** One key per device: an IPv4 address, or the /64 network of an IPv6 one (a device can pick any address in it). */
    static String key(String address) {
        if (!address.contains(":")) {
            return address;
        }
        String[] groups = address.split(":", -1);
        return groups.length >= 4 ? String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64" : address;
    }
}
