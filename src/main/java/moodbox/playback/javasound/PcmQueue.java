package moodbox.playback.javasound;

import java.util.Arrays;

/** Decoded PCM waiting to be written: bytes go in at the back and come out at the front. */
final class PcmQueue {
    private byte[] bytes = new byte[64 * 1024];
    private int start;
    private int end;

    int size() {
        return end - start;
    }

    void add(byte[] from, int offset, int length) {
        if (end + length > bytes.length) {
            int size = size();
            byte[] target = size + length > bytes.length ? new byte[Math.max(bytes.length * 2, size + length)] : bytes;
            System.arraycopy(bytes, start, target, 0, size);
            bytes = target;
            start = 0;
            end = size;
        }
        System.arraycopy(from, offset, bytes, end, length);
        end += length;
    }

    /** Moves the first {@code length} bytes (at most all) into {@code to}; returns how many were moved. */
    int take(byte[] to, int length) {
        int n = Math.min(length, size());
        System.arraycopy(bytes, start, to, 0, n);
        start += n;
        return n;
    }

    /** Takes everything left. */
    byte[] takeAll() {
        byte[] all = Arrays.copyOfRange(bytes, start, end);
        start = end;
        return all;
    }
}
