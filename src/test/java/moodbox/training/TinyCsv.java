package moodbox.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a generated dataset as a FER2013-style CSV, so tests drive the real loading path. */
final class TinyCsv {
    private TinyCsv() {
    }

    static Path write(Path file, FaceDataset data, String usage) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("emotion,pixels,Usage");
        for (int i = 0; i < data.size(); i++) {
            StringBuilder px = new StringBuilder();
            for (byte b : data.image(i).pixels()) {
                px.append(px.length() == 0 ? "" : " ").append(b & 0xFF);
            }
            lines.add(data.label(i) + "," + px + "," + usage);
        }
        Files.write(file, lines);
        return file;
    }
}
