package moodbox.camera.rpicam;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a raw MJPEG byte stream (JPEG images back to back, as {@code rpicam-vid --codec mjpeg -o -} writes
 * them) into single JPEG images: each runs from its start marker FF D8 to its end marker FF D9. Inside a
 * JPEG's compressed data every FF byte is stuffed, so FF D9 cannot occur there.
 */
public final class MjpegStreamReader {
    static final int MAX_FRAME_BYTES = 16 * 1024 * 1024;

    private final InputStream in;

    public MjpegStreamReader(InputStream in) {
        this.in = new BufferedInputStream(in, 64 * 1024);
    }

    /** The next JPEG image, or null when the stream ended (a partial image at the end is dropped). */
    public byte[] nextJpeg() throws IOException {
        if (!skipToStart()) {
            return null;
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream(64 * 1024);
        frame.write(0xFF);
        frame.write(0xD8);
        int previous = 0;
        int b;
        while ((b = in.read()) >= 0) {
            frame.write(b);
            if (previous == 0xFF && b == 0xD9) {
                return frame.toByteArray();
            }
            if (frame.size() > MAX_FRAME_BYTES) {
                throw new IOException("MJPEG frame larger than " + MAX_FRAME_BYTES + " bytes: not an MJPEG stream?");
            }
            previous = b;
        }
        return null;
    }

    private boolean skipToStart() throws IOException {
        int previous = 0;
        int b;
        long skipped = 0;
        while ((b = in.read()) >= 0) {
            if (previous == 0xFF && b == 0xD8) {
                return true;
            }
            if (++skipped > MAX_FRAME_BYTES) {
                throw new IOException("no JPEG start marker in " + MAX_FRAME_BYTES + " bytes: not an MJPEG stream?");
            }
            previous = b;
        }
        return false;
    }
}
