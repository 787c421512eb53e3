package moodbox.music.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stick appears and disappears in a temporary folder, with a fake mounts file. */
class StickWatcherTest {
    @TempDir
    Path fs;
    final List<String> events = new ArrayList<>();
    final StickListener recorder = new StickListener() {
        @Override
        public void added(Path root) {
            events.add("+" + fs.relativize(root));
        }

        @Override
        public void removed(Path root) {
            events.add("-" + fs.relativize(root));
        }
    };

    private StickWatcher watcher(Path mounts, List<Path> musicFolders) {
        List<StickWatcher.MountPlace> standard = List.of(new StickWatcher.MountPlace(fs.resolve("media"), 2),
                new StickWatcher.MountPlace(fs.resolve("mnt"), 1));
        return new StickWatcher(mounts, StickWatcher.placesWith(standard, musicFolders));
    }

    @Test
    void automountedStickComesAndGoes() throws Exception {
        StickWatcher watcher = watcher(fs.resolve("no-mounts"), List.of());
        watcher.poll(recorder);
        Path stick = Files.createDirectories(fs.resolve("media/pi/MY STICK"));
        Files.writeString(stick.resolve("song.mp3"), "x");
        watcher.poll(recorder);
        watcher.poll(recorder);
        Files.delete(stick.resolve("song.mp3"));
        Files.delete(stick);
        watcher.poll(recorder);
        assertEquals(List.of("+media/pi/MY STICK", "-media/pi/MY STICK"), events);
    }

    @Test
    void emptyMountFolderCountsOnlyWhenTheMountsFileListsIt() throws Exception {
        Path usb = Files.createDirectories(fs.resolve("mnt/usb"));
        Path mounts = fs.resolve("mounts");
        Files.writeString(mounts, "proc /proc proc rw 0 0\n");
        StickWatcher watcher = watcher(mounts, List.of());
        watcher.poll(recorder);
        assertEquals(List.of(), events);
        String escaped = usb.toString().replace(" ", "\\040");
        Files.writeString(mounts, "proc /proc proc rw 0 0\n/dev/sda1 " + escaped + " vfat rw 0 0\n");
        watcher.poll(recorder);
        Files.writeString(mounts, "proc /proc proc rw 0 0\n");
        watcher.poll(recorder);
        assertEquals(List.of("+mnt/usb", "-mnt/usb"), events);
    }

    @Test
    void mountPointWithASpaceIsReadFromTheMountsFile() throws Exception {
        Path stick = Files.createDirectories(fs.resolve("media/usb stick"));
        Path mounts = fs.resolve("mounts");
        Files.writeString(mounts, "/dev/sdb1 " + stick.toString().replace(" ", "\\040") + " vfat rw 0 0\n");
        watcher(mounts, List.of()).poll(recorder);
        assertEquals(List.of("+media/usb stick"), events);
    }

    @Test
    void configuredFolderCountsWhenItHoldsSomething() throws Exception {
        Path music = Files.createDirectories(fs.resolve("home/music"));
        StickWatcher watcher = watcher(fs.resolve("none"), List.of(music, fs.resolve("media")));
        watcher.poll(recorder);
        Files.writeString(music.resolve("a.ogg"), "x");
        watcher.poll(recorder);
        assertEquals(List.of("+home/music"), events);
    }
}
