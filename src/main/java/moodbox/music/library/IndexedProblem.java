package moodbox.music.library;

import java.nio.file.Path;

/** A file the library skipped, and why. */
public record IndexedProblem(Path path, String reason) {
}
