package moodbox.music.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells from sysfs whether a mount's source is a removable drive: a block device whose disk says
 * {@code removable} is 1 (most USB sticks, card readers) or that sits on a USB bus (USB SSDs and hard drives
 * often call themselves fixed). Anything else — internal disks, the board's SD card, loop devices, RAM disks,
 * network shares — is not. The sysfs root is a parameter, so tests lay out their own.
 */
final class RemovableDrives {
    private final Path sysfs;

    RemovableDrives(Path sysfs) {
        this.sysfs = sysfs;
    }

    /** Whether {@code source} (the first field of a mounts line, e.g. {@code /dev/sdb1}) is a removable drive. */
    boolean isRemovable(String source) {
        if (!source.startsWith("/dev/")) {
            return false; // tmpfs, a network share, proc, …
        }
        Path device = Path.of(source);
        try {
            device = device.toRealPath(); // /dev/disk/by-uuid/… and /dev/mapper/… are links to the kernel's name
        } catch (IOException e) {
            // not on this machine's /dev (or a test's device): go by the name as written
        }
        Path block = sysfs.resolve("class/block").resolve(device.getFileName().toString());
        try {
            Path real = block.toRealPath();
            Path disk = Files.exists(real.resolve("partition")) ? real.getParent() : real;
            boolean flagged = Files.isRegularFile(disk.resolve("removable"))
                    && Files.readString(disk.resolve("removable")).strip().equals("1");
            return flagged || onUsb(real);
        } catch (IOException e) {
            return false; // sysfs does not know the device
        }
    }

    private static boolean onUsb(Path devicePath) {
        for (Path part : devicePath) {
            if (part.toString().matches("usb\\d+")) {
                return true;
            }
        }
        return false;
    }
}
