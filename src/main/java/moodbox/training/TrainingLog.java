package moodbox.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The per-epoch CSV log of a run ({@code log.csv}); kept across {@code --resume}. */
public final class TrainingLog {
    private final Path file;

    public TrainingLog(Path file) {
        this.file = file;
    }

    public List<EpochRecord> read() throws IOException {
        List<EpochRecord> records = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("epoch")) {
                    records.add(EpochRecord.parse(line));
                }
            }
        }
        return records;
    }

    /** Keeps the lines of epochs up to {@code lastEpoch} (those a resumed run continues from). */
    public void truncateAfter(int lastEpoch) throws IOException {
        List<EpochRecord> kept = read().stream().filter(r -> r.epoch() <= lastEpoch).toList();
        List<String> lines = new ArrayList<>();
        lines.add(EpochRecord.HEADER);
        kept.forEach(r -> lines.add(r.toCsv()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public void append(EpochRecord record) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, EpochRecord.HEADER + "\n", StandardCharsets.UTF_8);
        }
        Files.writeString(file, record.toCsv() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
