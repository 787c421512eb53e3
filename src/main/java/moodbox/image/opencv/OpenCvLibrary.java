package moodbox.image.opencv;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads OpenCV's native library (bundled in the openpnp jar) the first time it is needed. Every class that
 * touches OpenCV calls {@link #load()} first; loading twice is harmless and cheap.
 */
public final class OpenCvLibrary {
    private static final Logger log = LoggerFactory.getLogger(OpenCvLibrary.class);
    private static boolean loaded;

    private OpenCvLibrary() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        long start = System.nanoTime();
        try {
            nu.pattern.OpenCV.loadLocally();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("cannot load OpenCV's native library for "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": " + e.getMessage(), e);
        }
        loaded = true;
        log.debug("OpenCV {} loaded in {} ms", org.opencv.core.Core.VERSION, (System.nanoTime() - start) / 1_000_000);
    }
}
