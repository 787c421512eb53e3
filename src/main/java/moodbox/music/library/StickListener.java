package moodbox.music.library;

import java.nio.file.Path;

/** Hears music sticks (or configured folders) appear and disappear. */
public interface StickListener {
    void added(Path root);

    void removed(Path root);
}
