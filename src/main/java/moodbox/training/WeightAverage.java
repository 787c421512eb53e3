package moodbox.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The running mean of a network's values over the epochs it has seen (stochastic weight averaging), kept in
 * a file so that {@code --resume} carries it on. Each epoch counts once: an epoch at or before the last one
 * added (one trained again after a crash) is ignored.
 */
public final class WeightAverage {
    private static final int FORMAT = 1;

    private final Map<String, float[]> mean;
    private int count;
    private int firstEpoch;
    private int lastEpoch;

    private WeightAverage(Map<String, float[]> mean, int count, int firstEpoch, int lastEpoch) {
        this.mean = mean;
        this.count = count;
        this.firstEpoch = firstEpoch;
        this.lastEpoch = lastEpoch;
    }

    public static WeightAverage empty() {
        return new WeightAverage(new LinkedHashMap<>(), 0, 0, 0);
    }

    /** Folds in the values after {@code epoch}; returns false (and changes nothing) for an epoch already counted. */
    public boolean add(Map<String, float[]> values, int epoch) {
        if (epoch <= lastEpoch) {
            return false;
        }
        if (count > 0 && !values.keySet().equals(mean.keySet())) {
            throw new IllegalArgumentException("the values of epoch " + epoch + " are not those of the same network");
        }
        count++;
        for (var entry : values.entrySet()) {
            float[] m = mean.computeIfAbsent(entry.getKey(), k -> new float[entry.getValue().length]);
            float[] v = entry.getValue();
            for (int i = 0; i < m.length; i++) {
                m[i] += (v[i] - m[i]) / count;
            }
        }
        if (firstEpoch == 0) {
            firstEpoch = epoch;
        }
        lastEpoch = epoch;
        return true;
    }

    public Map<String, float[]> values() {
        return mean;
    }

    public int count() {
        return count;
    }

    public int firstEpoch() {
        return firstEpoch;
    }

    public int lastEpoch() {
        return lastEpoch;
    }

    /** The stored average, or an empty one when {@code file} does not exist. */
    public static WeightAverage readOrEmpty(Path file) throws IOException {
        if (!Files.exists(file)) {
            return empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT) {
                throw new IOException(file + " is not a weight average this version can read");
            }
            int count = in.readInt();
            int first = in.readInt();
            int last = in.readInt();
            int size = in.readInt();
            Map<String, float[]> mean = new LinkedHashMap<>();
            for (int n = 0; n < size; n++) {
                String name = in.readUTF();
                float[] values = new float[in.readInt()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = in.readFloat();
                }
                mean.put(name, values);
            }
            return new WeightAverage(mean, count, first, last);
        }
    }

    /** Written to a temporary file and renamed, so a crash never leaves half an average. */
    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(FORMAT);
            out.writeInt(count);
            out.writeInt(firstEpoch);
            out.writeInt(lastEpoch);
            out.writeInt(mean.size());
            for (var entry : mean.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().length);
                for (float v : entry.getValue()) {
                    out.writeFloat(v);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
