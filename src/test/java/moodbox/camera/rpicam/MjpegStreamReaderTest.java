package moodbox.camera.rpicam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class MjpegStreamReaderTest {
    private static final byte[] A = {(byte) 0xFF, (byte) 0xD8, 1, 2, (byte) 0xFF, 0, 3, (byte) 0xFF, (byte) 0xD9};
    private static final byte[] B = {(byte) 0xFF, (byte) 0xD8, 9, (byte) 0xFF, (byte) 0xD9};

    @Test
    void splitsBackToBackImagesSkippingJunkAndDroppingATruncatedTail() throws IOException {
        byte[] stream = concat(new byte[] {7, 7}, A, B, new byte[] {(byte) 0xFF, (byte) 0xD8, 5, 6});
        MjpegStreamReader reader = new MjpegStreamReader(new ByteArrayInputStream(stream));
        assertArrayEquals(A, reader.nextJpeg());
        assertArrayEquals(B, reader.nextJpeg());
        assertNull(reader.nextJpeg());
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
