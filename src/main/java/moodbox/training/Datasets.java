package moodbox.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens a dataset by path: a folder in the image-folder layout, otherwise a FER2013 CSV (plain or .gz). Notes on
 * the load (photos whose faces were cut out) go to standard error, so a command's JSON on standard output stays clean.
 */
public final class Datasets {
    private Datasets() {
    }

    /**
     * @param usage the FER2013 Usage to keep (e.g. "Training"); null or empty keeps every row. Ignored for
     *              image folders.
     */
    public static FaceDataset load(Path path, String usage, boolean skipMalformed) throws IOException {
        if (Files.isDirectory(path)) {
            return new ImageFolderReader(skipMalformed, System.err).read(path);
        }
        Set<String> usages = usage == null || usage.isBlank() ? Set.of() : Set.of(usage);
        FaceDataset data = new FerCsvReader(skipMalformed).read(path, usages);
        if (data.size() == 0) {
            throw new MalformedDataException(path + " has no rows" + (usages.isEmpty() ? "" : " with Usage " + usage));
        }
        return data;
    }
}
