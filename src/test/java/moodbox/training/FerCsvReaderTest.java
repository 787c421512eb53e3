package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FerCsvReaderTest {
    @TempDir
    Path dir;

    static String pixels(int value, int count) {
        return String.join(" ", java.util.Collections.nCopies(count, String.valueOf(value)));
    }

    Path csv(String name, String... rows) throws IOException {
        Path file = dir.resolve(name);
        String text = "emotion,pixels,Usage\n" + String.join("\n", rows) + "\n";
        if (name.endsWith(".gz")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(text.getBytes(StandardCharsets.US_ASCII));
            }
        } else {
            Files.writeString(file, text);
        }
        return file;
    }

    @Test
    void readsPlainAndGzipAndSelectsByUsage() throws IOException {
        String[] rows = {
            "3," + pixels(10, 2304) + ",Training",
            "6," + pixels(200, 2304) + ",PublicTest",
            "0," + pixels(255, 2304) + ",Training",
        };
        for (String name : new String[] {"a.csv", "a.csv.gz"}) {
            FaceDataset all = new FerCsvReader(false).read(csv(name, rows), Set.of());
            assertEquals(3, all.size());
            FaceDataset training = new FerCsvReader(false).read(csv(name, rows), Set.of("Training"));
            assertEquals(2, training.size());
            assertEquals(3, training.label(0));
            assertEquals(0, training.label(1));
            assertEquals(255, training.image(1).at(47, 47));
            assertEquals(10, training.image(0).at(0, 0));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7,PIXELS,Training | emotion label 7 is outside 0-6",
        "x,PIXELS,Training | emotion label 'x' is not a number",
        "3,SHORT,Training | expected 2304 pixel values (48x48), found 2303",
        "3,BAD,Training | pixel 2304 'abc' is not a number",
        "3,BIG,Training | pixel 1 value 300 is outside 0-255",
        "3 | expected 3 fields (emotion,pixels,Usage), found 1",
    })
    void aMalformedRowStopsTheLoadWithFileLineAndReason(String row, String reason) throws IOException {
        String expanded = row.replace("PIXELS", pixels(1, 2304)).replace("SHORT", pixels(1, 2303))
                .replace("BAD", pixels(1, 2303) + " abc").replace("BIG", "300 " + pixels(1, 2303));
        Path file = csv("bad.csv", "3," + pixels(1, 2304) + ",Training", expanded);
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> new FerCsvReader(false).read(file, Set.of()));
        assertEquals(file + ":3: " + reason, e.getMessage());

        FaceDataset skipped = new FerCsvReader(true).read(file, Set.of());
        assertEquals(1, skipped.size());
        assertEquals(1, skipped.skipped());
        assertTrue(skipped.summary().contains("1 malformed rows skipped"));
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() throws IOException {
        Path file = dir.resolve("noheader.csv");
        Files.writeString(file, "3," + pixels(1, 2304) + ",Training\n");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> new FerCsvReader(false).read(file, Set.of()));
        assertTrue(e.getMessage().startsWith(file + ":1: expected the header"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nope.csv");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> Datasets.load(file, "Training", false));
        assertEquals("no such data file: " + file, e.getMessage());
    }

    @Test
    void theSampleFixtureHoldsNineFacesPerEmotion() throws Exception {
        Path sample = Path.of(getClass().getResource("/face-sample/publictest-63-faces.csv.gz").toURI());
        FaceDataset data = Datasets.load(sample, "PublicTest", false);
        assertArrayEquals(new int[] {9, 9, 9, 9, 9, 9, 9}, data.classCounts());
    }
}
