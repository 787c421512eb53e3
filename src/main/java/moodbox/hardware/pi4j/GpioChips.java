package moodbox.hardware.pi4j;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Why libgpiod found no Raspberry Pi GPIO chip, told from the character devices themselves. Pi4J's gpiod
 * provider opens every {@code /dev/gpiochip*} it may and uses the one labelled {@code pinctrl-…}; when none
 * opens it only logs {@code Couldn't identify gpiochip!} and later reports
 * {@code Pi4J provider [gpiod-digital-output] could not be found}, which names neither the cause nor the fix.
 */
final class GpioChips {
    static final Path DEV = Path.of("/dev");

    private GpioChips() {
    }

    /** The cause and what to do, for the chips in {@code dev}; {@code canOpen} tries to open one for read and write. */
    static String diagnose(Path dev, Predicate<Path> canOpen) {
        List<Path> chips;
        try (Stream<Path> files = Files.list(dev)) {
            chips = files.filter(p -> p.getFileName().toString().startsWith("gpiochip")).sorted().toList();
        } catch (IOException e) {
            chips = List.of();
        }
        if (chips.isEmpty()) {
            return "there is no " + dev + "/gpiochip* device, so libgpiod has no GPIO chip to open (a Raspberry Pi 4 or 5"
                    + " with Raspberry Pi OS Bookworm or later has them; in a container, pass the devices in)";
        }
        List<String> closed = chips.stream().filter(canOpen.negate()).map(Path::toString).toList();
        String user = System.getProperty("user.name");
        if (!closed.isEmpty()) {
            return "user '" + user + "' may not open " + String.join(", ", closed) + ": add it to group 'gpio' (sudo usermod -aG gpio "
                    + user + "; install.sh does this for user moodbox) and restart the box (sudo systemctl restart moodbox)";
        }
        return "none of " + String.join(", ", chips.stream().map(Path::toString).toList()) + " is the Raspberry Pi's GPIO chip"
                + " (libgpiod wants one labelled 'pinctrl-…'; see `gpiodetect`): GPIO needs a Raspberry Pi 4 or 5";
    }

    /** The real check: can this process open the chip for reading and writing, as libgpiod does? */
    static boolean canOpen(Path chip) {
        try (FileChannel channel = FileChannel.open(chip, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }
}
