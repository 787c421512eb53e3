package moodbox.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import moodbox.emotion.FacePreprocessing;

/**
 * Reads FER2013 in the Kaggle CSV format ({@code emotion,pixels,Usage}; plain or gzip), keeping the rows
 * whose Usage is in the given set (all rows when the set is empty). A malformed row stops the load with
 * file, line and reason, unless {@code skipMalformed} is set: then it is skipped and counted.
 */
public final class FerCsvReader {
    private final boolean skipMalformed;

    public FerCsvReader(boolean skipMalformed) {
        this.skipMalformed = skipMalformed;
    }

    public FaceDataset read(Path file, Set<String> usages) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new MalformedDataException("no such data file: " + file);
        }
        List<byte[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader in = open(file)) {
            String header = in.readLine();
            if (header == null || !header.replace("\"", "").trim().startsWith("emotion,pixels")) {
                throw new MalformedDataException(file, 1, "expected the header 'emotion,pixels,Usage', found '"
                        + (header == null ? "" : abbreviate(header)) + "'");
            }
            String line;
            long lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Row row = parse(line);
                    if (usages.isEmpty() || usages.contains(row.usage)) {
                        images.add(row.pixels);
                        labels.add(row.label);
                    }
                } catch (IllegalArgumentException e) {
                    if (!skipMalformed) {
                        throw new MalformedDataException(file, lineNo, e.getMessage());
                    }
                    skipped++;
                }
            }
        }
        return new FaceDataset(images, labels.stream().mapToInt(Integer::intValue).toArray(), skipped);
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 1 << 16);
    }

    private record Row(int label, byte[] pixels, String usage) {
    }

    private static Row parse(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length < 2 || fields.length > 3) {
            throw new IllegalArgumentException("expected 3 fields (emotion,pixels,Usage), found " + fields.length);
        }
        int label;
        try {
            label = Integer.parseInt(fields[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("emotion label '" + abbreviate(fields[0]) + "' is not a number");
        }
        if (label < 0 || label > 6) {
            throw new IllegalArgumentException("emotion label " + label + " is outside 0-6");
        }
        String[] values = fields[1].replace("\"", "").trim().split(" +");
        if (values.length != FacePreprocessing.PIXELS) {
            throw new IllegalArgumentException("expected 2304 pixel values (48x48), found " + values.length);
        }
        byte[] pixels = new byte[FacePreprocessing.PIXELS];
        for (int i = 0; i < values.length; i++) {
            int v;
            try {
                v = Integer.parseInt(values[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("pixel " + (i + 1) + " '" + abbreviate(values[i]) + "' is not a number");
            }
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("pixel " + (i + 1) + " value " + v + " is outside 0-255");
            }
            pixels[i] = (byte) v;
        }
        String usage = fields.length == 3 ? fields[2].replace("\"", "").trim() : "";
        return new Row(label, pixels, usage);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
