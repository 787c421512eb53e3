package moodbox.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import moodbox.testing.ManualClock;
import org.junit.jupiter.api.Test;

/** The guessing rules with a hand-moved clock; {@link HostileLanTest} tries them over real sockets. */
class LoginGateTest {
    static final String PIN = "482193";
    final ManualClock clock = new ManualClock(Instant.parse("2025-06-10T12:00:00Z"));
    final List<String> notices = new ArrayList<>();
    final LoginGate gate = new LoginGate(clock, notices::add);

    private void spendTheBudget() {
        for (int i = 0; i < LoginGate.BUDGET; i++) {
            assertInstanceOf(LoginGate.Wrong.class, gate.attempt("10.0.0." + i, "000000", PIN));
        }
    }

    @Test
    void aDeviceBacksOffAfterItsFreeTriesAndTheRightPinClearsIt() {
        for (int i = 0; i < LoginGate.FREE_TRIES; i++) {
            assertInstanceOf(LoginGate.Wrong.class, gate.attempt("10.0.0.1", "000000", PIN));
        }
        LoginGate.Wait wait = assertInstanceOf(LoginGate.Wait.class, gate.attempt("10.0.0.1", PIN, PIN));
        assertEquals(Duration.ofSeconds(30), wait.howLong());
        assertInstanceOf(LoginGate.Accepted.class, gate.attempt("10.0.0.2", PIN, PIN), "another device may try");
        clock.advance(Duration.ofSeconds(31));
        assertInstanceOf(LoginGate.Accepted.class, gate.attempt("10.0.0.1", PIN, PIN));
    }

    @Test
    void onceTheBudgetIsSpentEvenTheRightPinNeedsTheButton() {
        spendTheBudget();
        assertInstanceOf(LoginGate.PressButton.class, gate.attempt("10.0.0.99", PIN, PIN));
        assertEquals(List.of(LoginGate.NOTICE_PRESS), notices);
        gate.buttonPressed();
        assertEquals(LoginGate.NOTICE_WINDOW, notices.get(notices.size() - 1));
        assertInstanceOf(LoginGate.Accepted.class, gate.attempt("10.0.0.99", PIN, PIN));
    }

    @Test
    void aPressAllowsOneTryPerDeviceAndAFewWrongPinsInAll() {
        spendTheBudget();
        gate.buttonPressed();
        assertInstanceOf(LoginGate.Wrong.class, gate.attempt("10.0.1.1", "000000", PIN));
        assertInstanceOf(LoginGate.Wait.class, gate.attempt("10.0.1.1", PIN, PIN), "a wrong PIN in the window waits");
        assertInstanceOf(LoginGate.Wrong.class, gate.attempt("10.0.1.2", "000000", PIN));
        assertInstanceOf(LoginGate.PressButton.class, gate.attempt("10.0.1.3", PIN, PIN), "the press is used up");
        assertEquals(LoginGate.NOTICE_PRESS, notices.get(notices.size() - 1));
        gate.buttonPressed();
        assertInstanceOf(LoginGate.Accepted.class, gate.attempt("10.0.1.3", PIN, PIN));
    }

    @Test
    void theWindowClosesAfterItsMinute() {
        spendTheBudget();
        gate.buttonPressed();
        clock.advance(LoginGate.LINK_WINDOW.plusSeconds(1));
        assertInstanceOf(LoginGate.PressButton.class, gate.attempt("10.0.1.1", PIN, PIN));
        gate.refreshNotice();
        assertEquals(LoginGate.NOTICE_PRESS, notices.get(notices.size() - 1));
    }

    @Test
    void theBudgetComesBackOneWrongPinPerRefill() {
        spendTheBudget();
        clock.advance(LoginGate.REFILL);
        gate.refreshNotice();
        assertEquals("", notices.get(notices.size() - 1), "the screen's notice goes once a try is back");
        assertInstanceOf(LoginGate.Wrong.class, gate.attempt("10.0.2.1", "000000", PIN));
        assertInstanceOf(LoginGate.PressButton.class, gate.attempt("10.0.2.2", PIN, PIN));
        clock.advance(LoginGate.REFILL.multipliedBy(20));
        for (int i = 0; i < LoginGate.BUDGET; i++) {
            assertInstanceOf(LoginGate.Wrong.class, gate.attempt("10.0.3." + i, "000000", PIN), "the budget refills to " + LoginGate.BUDGET);
        }
        assertInstanceOf(LoginGate.PressButton.class, gate.attempt("10.0.3.99", PIN, PIN), "and not beyond");
    }

    @Test
    void aPressOutsideALockDownChangesNothing() {
        gate.buttonPressed();
        spendTheBudget();
        assertInstanceOf(LoginGate.PressButton.class, gate.attempt("10.0.0.99", PIN, PIN));
    }

    @Test
    void oneIpv6NetworkIsOneDevice() {
        assertEquals(LoginGate.key("fe80:0:0:0:1:2:3:4"), LoginGate.key("fe80:0:0:0:9:9:9:9"));
        assertEquals("192.168.1.20", LoginGate.key("192.168.1.20"));
        assertTrue(LoginGate.key("2001:db8:1:2:0:0:0:1").endsWith("/64"));
    }

    /** The README's arithmetic, from the constants: expected time to guess the PIN at the worst-case rate. */
    @Test
    void guessingThePinTakesLongerThanTenYearsAtTheWorstCaseRate() {
        double pressesPerDay = 50;
        double wrongPerDay = Duration.ofDays(1).dividedBy(LoginGate.REFILL) + LoginGate.WRONG_PER_PRESS * pressesPerDay;
        double years = 500_000 / wrongPerDay / 365.25;
        assertEquals(104, wrongPerDay);
        assertTrue(years > 10, years + " years");
    }
}
