package moodbox.playback.javasound;

import java.lang.reflect.Proxy;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;

/**
 * A speaker for {@code --simulate} on a machine without audio output: an output line that takes the decoded
 * sound at the pace it would play (so songs last as long as they should) and drops it. Only the wiring
 * chooses it, only in simulate mode, and says so; without {@code --simulate} a missing audio device is a
 * reported failure.
 */
public final class SimulatedSpeaker {
    private SimulatedSpeaker() {
    }

    /** True when Java Sound offers an output line for ordinary CD-quality sound. */
    public static boolean audioOutputAvailable() {
        AudioFormat cd = new AudioFormat(44_100, 16, 2, true, false);
        try {
            return AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, cd));
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static SourceDataLine line(AudioFormat format) {
        Object lock = new Object();
        long[] frames = {0};
        boolean[] open = {false};
        boolean[] running = {false};
        return (SourceDataLine) Proxy.newProxyInstance(SimulatedSpeaker.class.getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "open" -> open[0] = true;
                        case "close" -> open[0] = running[0] = false;
                        case "start" -> running[0] = true;
                        case "stop" -> running[0] = false;
                        case "isOpen" -> {
                            return open[0];
                        }
                        case "isRunning", "isActive" -> {
                            return running[0];
                        }
                        case "getFormat" -> {
                            return format;
                        }
                        case "write" -> {
                            int bytes = (Integer) args[2];
                            long count = bytes / format.getFrameSize();
                            Thread.sleep(Math.round(count * 1000.0 / format.getFrameRate()));
                            synchronized (lock) {
                                frames[0] += count;
                            }
                            return bytes;
                        }
                        case "getLongFramePosition" -> {
                            synchronized (lock) {
                                return frames[0];
                            }
                        }
                        case "getFramePosition" -> {
                            synchronized (lock) {
                                return (int) frames[0];
                            }
                        }
                        case "getMicrosecondPosition" -> {
                            synchronized (lock) {
                                return (long) (frames[0] * 1e6 / format.getFrameRate());
                            }
                        }
                        case "getBufferSize", "available" -> {
                            return (int) (format.getFrameRate() / 5) * format.getFrameSize();
                        }
                        case "getLevel" -> {
                            return AudioSystem.NOT_SPECIFIED * 1f;
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "toString" -> {
                            return "simulated speaker (" + format + ")";
                        }
                        default -> {
                            // drain, flush, listeners and controls: nothing to do without a device.
                        }
                    }
                    return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                });
    }
}
