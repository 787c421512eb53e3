package moodbox.music.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cover pictures beside the songs, as sticks carry them. */
class CoverFilesTest {
    @TempDir
    Path dir;

    @Test
    void aCoverOrFolderPictureBesideTheSongIsItsCoverInAnyLetterCase() throws Exception {
        Path album = Files.createDirectories(dir.resolve("Abbey Road"));
        Path song = Files.writeString(album.resolve("01 Come Together.mp3"), "not read here");
        assertTrue(CoverFiles.beside(song).isEmpty(), "no picture: no cover");
        Files.write(album.resolve("Folder.JPG"), new byte[] {1, 2, 3});
        CoverArt folder = CoverFiles.beside(song).orElseThrow();
        assertArrayEquals(new byte[] {1, 2, 3}, folder.data());
        assertEquals("image/jpeg", folder.mimeType());
        Files.write(album.resolve("cover.png"), new byte[] {4, 5});
        CoverArt cover = CoverFiles.beside(song).orElseThrow();
        assertArrayEquals(new byte[] {4, 5}, cover.data(), "cover wins over folder");
        assertEquals("image/png", cover.mimeType());
    }

    @Test
    void aHugeFileIsNotTakenForACover() throws Exception {
        Path song = Files.writeString(dir.resolve("song.mp3"), "x");
        try (var out = Files.newOutputStream(dir.resolve("cover.jpg"))) {
            out.write(new byte[(int) CoverFiles.MAX_BYTES + 1]);
        }
        assertTrue(CoverFiles.beside(song).isEmpty());
    }
}
