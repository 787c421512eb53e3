package moodbox.hardware.pi4j;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.concurrent.locks.LockSupport;
import moodbox.config.RgbColor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives an RGB LED by software PWM on three ordinary GPIO outputs (a Pi 4 has only two hardware PWM
 * channels, and Pi4J 2.x has no working hardware PWM provider for gpiod). Each 10 ms period switches the
 * lit channels on together and each off at its duty time: at most four pin writes per period. Colours whose
 * channels are all fully on or off need no thread at all.
 */
final class SoftPwmRgb implements AutoCloseable {
    static final long PERIOD_NANOS = 10_000_000L;
    private static final Logger log = LoggerFactory.getLogger(SoftPwmRgb.class);

    private final DigitalOutput[] channels;
    private volatile RgbColor colour = RgbColor.OFF;
    private Thread worker;

    SoftPwmRgb(DigitalOutput red, DigitalOutput green, DigitalOutput blue) {
        this.channels = new DigitalOutput[] {red, green, blue};
    }

    synchronized void show(RgbColor next) {
        colour = next;
        if (needsPwm(next)) {
            if (worker == null) {
                worker = new Thread(this::run, "rgb-led-pwm");
                worker.setDaemon(true);
                worker.start();
            }
            return;
        }
        stopWorker();
        for (int c = 0; c < 3; c++) {
            channels[c].state(DigitalState.getState(next.duty(c) >= 1.0));
        }
    }

    static boolean needsPwm(RgbColor c) {
        for (int i = 0; i < 3; i++) {
            if (c.duty(i) > 0 && c.duty(i) < 1) {
                return true;
            }
        }
        return false;
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                onePeriod(colour);
            }
        } catch (RuntimeException e) {
            log.warn("RGB LED PWM stopped: {}", e.getMessage());
        }
    }

    private void onePeriod(RgbColor c) {
        long start = System.nanoTime();
        long[] offAt = new long[3];
        for (int i = 0; i < 3; i++) {
            offAt[i] = Math.round(c.duty(i) * PERIOD_NANOS);
            channels[i].state(DigitalState.getState(offAt[i] > 0));
        }
        for (int done = 0; done < 3; done++) {
            int next = -1;
            for (int i = 0; i < 3; i++) {
                if (offAt[i] > 0 && offAt[i] < PERIOD_NANOS && (next < 0 || offAt[i] < offAt[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                break;
            }
            parkUntil(start + offAt[next]);
            channels[next].low();
            offAt[next] = 0;
        }
        parkUntil(start + PERIOD_NANOS);
    }

    private static void parkUntil(long deadline) {
        long wait;
        while ((wait = deadline - System.nanoTime()) > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(wait);
        }
    }

    private void stopWorker() {
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    /** Stops the PWM and leaves all three channels low. */
    @Override
    public synchronized void close() {
        stopWorker();
        for (DigitalOutput channel : channels) {
            channel.low();
        }
    }
}
