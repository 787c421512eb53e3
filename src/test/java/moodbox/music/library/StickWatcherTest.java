package moodbox.music.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sticks appear and disappear in a temporary folder, with a fake mounts file and a fake sysfs whose block
 * devices are laid out as the kernel does: a USB stick, a USB SSD that calls itself fixed, an NVMe disk, an
 * SD card in the board's own slot and a loop device.
 */
class StickWatcherTest {
    @TempDir
    Path fs;
    Path sys;
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

    @BeforeEach
    void fakeSysfs() throws IOException {
        sys = fs.resolve("sys");
        disk("pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host0/target0:0:0/0:0:0:0", "sdb", "1", "sdb1");
        disk("pci0000:00/0000:00:14.0/usb3/3-2/3-2:1.0/host1/target1:0:0/1:0:0:0", "sdc", "0", "sdc1");
        disk("pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0", "nvme0n1", "0", "nvme0n1p3");
        disk("platform/emmc2bus/fe340000.mmc/mmc_host/mmc0/mmc0:aaaa", "mmcblk0", "0", "mmcblk0p2");
        disk("virtual", "loop0", "0", null);
    }

    /** A disk under /sys/devices/PARENT/block/NAME with its removable flag, an optional partition, and class/block links. */
    private void disk(String parent, String name, String removable, String partition) throws IOException {
        Path disk = Files.createDirectories(sys.resolve("devices/" + parent + "/block/" + name));
        Files.writeString(disk.resolve("removable"), removable + "\n");
        Files.createDirectories(sys.resolve("class/block"));
        Files.createSymbolicLink(sys.resolve("class/block/" + name), disk);
        if (partition != null) {
            Path part = Files.createDirectories(disk.resolve(partition));
            Files.writeString(part.resolve("partition"), "1\n");
            Files.createSymbolicLink(sys.resolve("class/block/" + partition), part);
        }
    }

    private StickWatcher watcher(Path mounts, List<Path> musicFolders) {
        List<StickWatcher.MountPlace> standard = List.of(StickWatcher.MountPlace.ownMounts(fs.resolve("media/moodbox")),
                new StickWatcher.MountPlace(fs.resolve("media"), 2), new StickWatcher.MountPlace(fs.resolve("mnt"), 1));
        return new StickWatcher(mounts, sys, StickWatcher.placesWith(standard, musicFolders));
    }

    private Path mounts(String... lines) throws IOException {
        Path mounts = fs.resolve("mounts");
        StringBuilder text = new StringBuilder("proc /proc proc rw 0 0\n/dev/mmcblk0p2 / ext4 rw 0 0\n");
        for (String line : lines) {
            String[] f = line.split(" ");
            text.append(f[0]).append(' ').append(fs.resolve(f[1]).toString().replace(" ", "\\040")).append(' ')
                    .append(f[2]).append(" rw 0 0\n");
        }
        Files.writeString(mounts, text);
        return mounts;
    }

    @ParameterizedTest(name = "{0} on {1}: {3}")
    @CsvSource({
            "/dev/sdb1,       media/pi/STICK,    vfat,     a USB stick the desktop mounted,       true",
            "/dev/sdb1,       mnt/usb,           vfat,     a USB stick mounted by hand,           true",
            "/dev/sdc1,       mnt/ssd,           ext4,     a USB SSD that says it is not removable, true",
            "/dev/sdb1,       media/moodbox/sdb1, vfat,    a stick in our own mount folder,       true",
            "/dev/nvme0n1p3,  mnt/python,        ext4,     a system disk mounted under /mnt,      false",
            "/dev/mmcblk0p2,  mnt/sd,            ext4,     the board's own SD card,               false",
            "/dev/loop0,      mnt/image,         squashfs, a disk image,                          false",
            "tmpfs,           mnt/ram,           tmpfs,    a RAM disk,                            false",
            "server:/export,  mnt/nfs,           nfs4,     a network share,                       false",
            "/dev/sdz1,       mnt/gone,          vfat,     a device sysfs does not know,          false",
            "/dev/sdb1,       srv/elsewhere,     vfat,     a USB stick outside the mount places,  false",
    })
    void onlyRemovableDrivesOurMountFolderAndSettingsFoldersAreSticks(String device, String point, String type,
            String what, boolean stick) throws Exception {
        Path folder = Files.createDirectories(fs.resolve(point));
        Files.writeString(folder.resolve("song.mp3"), "x");
        watcher(mounts(device + " " + point + " " + type), List.of()).poll(recorder);
        assertEquals(stick ? List.of("+" + point) : List.of(), events, what);
    }

    @Test
    void aFolderWithFilesUnderMntOrMediaIsNoStickUnlessAUsbDriveIsMountedThere() throws Exception {
        Path python = Files.createDirectories(fs.resolve("mnt/python/lib"));
        Files.writeString(python.resolve("site.py"), "x");
        Files.writeString(Files.createDirectories(fs.resolve("media/pi/Backup")).resolve("song.mp3"), "x");
        StickWatcher watcher = watcher(mounts(), List.of());
        watcher.poll(recorder);
        assertEquals(List.of(), events);
        Path mounts = mounts("/dev/sdb1 mnt/python vfat");
        watcher.poll(recorder);
        Files.writeString(mounts, "proc /proc proc rw 0 0\n");
        watcher.poll(recorder);
        assertEquals(List.of("+mnt/python", "-mnt/python"), events);
    }

    @Test
    void ourOwnMountFolderCountsAsSoonAsItHoldsSomething() throws Exception {
        StickWatcher watcher = watcher(mounts(), List.of());
        watcher.poll(recorder);
        Path stick = Files.createDirectories(fs.resolve("media/moodbox/sda1"));
        watcher.poll(recorder);
        Files.writeString(stick.resolve("song.mp3"), "x");
        watcher.poll(recorder);
        watcher.poll(recorder);
        Files.delete(stick.resolve("song.mp3"));
        Files.delete(stick);
        watcher.poll(recorder);
        assertEquals(List.of("+media/moodbox/sda1", "-media/moodbox/sda1"), events);
    }

    @Test
    void anEmptyStickCountsOnlyWhileTheMountsFileListsIt() throws Exception {
        Files.createDirectories(fs.resolve("mnt/usb"));
        Path mounts = mounts();
        StickWatcher watcher = watcher(mounts, List.of());
        watcher.poll(recorder);
        assertEquals(List.of(), events);
        mounts("/dev/sdb1 mnt/usb vfat");
        watcher.poll(recorder);
        mounts();
        watcher.poll(recorder);
        assertEquals(List.of("+mnt/usb", "-mnt/usb"), events);
    }

    @Test
    void aMountPointWithASpaceIsReadFromTheMountsFile() throws Exception {
        Path stick = Files.createDirectories(fs.resolve("media/pi/MY STICK"));
        Path mounts = fs.resolve("mounts");
        Files.writeString(mounts, "/dev/sdb1 " + stick.toString().replace(" ", "\\040") + " vfat rw 0 0\n");
        watcher(mounts, List.of()).poll(recorder);
        assertEquals(List.of("+media/pi/MY STICK"), events);
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
