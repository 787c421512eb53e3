package moodbox.music.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A cover picture saved beside the music, as many USB sticks have it: {@code cover.jpg} or {@code folder.jpg}
 * (also {@code .jpeg} and {@code .png}, in any letter case) in the song's folder; {@code cover} wins over
 * {@code folder}. Pictures above {@link #MAX_BYTES} are left alone.
 */
public final class CoverFiles {
    static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final List<String> NAMES = List.of("cover.jpg", "cover.jpeg", "cover.png", "folder.jpg", "folder.jpeg", "folder.png");

    private CoverFiles() {
    }

    /** The cover picture in the folder of {@code track}, if there is one. */
    public static Optional<CoverArt> beside(Path track) {
        Path folder = track.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        Path best = null;
        int bestRank = NAMES.size();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                int rank = NAMES.indexOf(file.getFileName().toString().toLowerCase(Locale.ROOT));
                if (rank >= 0 && rank < bestRank && Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
                    best = file;
                    bestRank = rank;
                }
            }
            return best == null ? Optional.empty()
                    : Optional.of(new CoverArt(Files.readAllBytes(best), NAMES.get(bestRank).endsWith(".png") ? "image/png" : "image/jpeg"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
