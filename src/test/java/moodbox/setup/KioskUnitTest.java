package moodbox.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boot units on this machine's systemd (252, as on Raspberry Pi OS Bookworm) and the kiosk wrapper under
 * the real {@code cage} (headless wlroots, as a non-root user because cage refuses root), with a real JVM
 * crash: issue 12 (back-off on systemd 252, verify) and issue 13 fault 2 (a crash must restart the box).
 */
class KioskUnitTest {
    private static final Path SYSTEMD = Path.of("systemd").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void theUnitsVerifyWithoutAWordOnThisSystemd() throws Exception {
        Path units = sharedTempDir("units");
        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify"));
        for (String unit : List.of("moodbox.service", "moodbox-prewarm.service", "moodbox-usb@.service")) {
            // the scripts are checked where they are in the checkout, not in /opt/moodbox/bin
            Path copy = units.resolve(unit);
            Files.writeString(copy, Files.readString(SYSTEMD.resolve(unit)).replace("/opt/moodbox/bin/", SYSTEMD + "/"));
            command.add(copy.toString());
        }
        Result verify = run(new ProcessBuilder(command), 120);
        assertEquals(0, verify.status(), verify.output());
        assertEquals("", verify.output().strip(), "systemd-analyze verify has nothing to say (no unknown keys such as"
                + " RestartSteps on " + run(new ProcessBuilder("systemctl", "--version"), 30).output().lines().findFirst().orElse("") + ")");
    }

    @Test
    void theUnitRestartsWhateverDidNotStopOnPurposeThroughTheWrapper() throws Exception {
        String unit = Files.readString(SYSTEMD.resolve("moodbox.service"));
        assertTrue(unit.contains("\nExecStart=/opt/moodbox/bin/moodbox-kiosk /usr/bin/java "), "cage runs inside the wrapper");
        assertTrue(unit.contains("\nRestart=on-failure\n") && unit.contains("\nSuccessExitStatus=143\n"), unit);
    }

    /** Fault 2: cage exits 0 when its client crashed; the wrapper exits with the JVM's status, and backs off. */
    @Test
    void aJvmCrashInsideCageIsAFailureAndTheNextStartWaits() throws Exception {
        Path cage = sharedTempDir("cage");
        Path runtime = Files.createDirectory(cage.resolve("runtime"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        if (isRoot()) {
            UserPrincipal nobody = runtime.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(runtime, nobody);
        }
        Path crash = cage.resolve("Crash.java");
        Files.writeString(crash, "public class Crash { public static void main(String[] a) {"
                + " java.util.List<long[]> l = new java.util.ArrayList<>(); while (true) { l.add(new long[1 << 20]); } } }\n");
        List<String> crashingJava = List.of(JAVA, "-Xmx16m", "-XX:+CrashOnOutOfMemoryError",
                "-XX:ErrorFile=" + cage.resolve("hs_err.log"), crash.toString());

        Result bare = run(kiosk(runtime, "/usr/bin/cage", "-s", "--", crashingJava), 180);
        assertEquals(0, bare.status(), "cage alone hides the crash (the fault): " + bare.output());
        assertTrue(bare.output().contains("OutOfMemoryError"), "the JVM really crashed: " + bare.output());

        Result wrapped = run(kiosk(runtime, SYSTEMD.resolve("moodbox-kiosk").toString(), crashingJava), 180);
        assertEquals(134, wrapped.status(), "the wrapper exits with the JVM's abort status: " + wrapped.output());
        assertTrue(wrapped.output().contains("failed run 1 in a row"), wrapped.output());

        Result clean = run(kiosk(runtime, SYSTEMD.resolve("moodbox-kiosk").toString(), List.of(JAVA, "-version")), 180);
        assertEquals(0, clean.status(), clean.output());
        assertTrue(clean.output().contains("after 1 failed run(s) in a row: waiting 3 s"), "backs off after a failure: " + clean.output());

        Result again = run(kiosk(runtime, SYSTEMD.resolve("moodbox-kiosk").toString(), List.of(JAVA, "-version")), 180);
        assertEquals(0, again.status(), again.output());
        assertTrue(!again.output().contains("waiting"), "a clean exit resets the back-off: " + again.output());
    }

    private static ProcessBuilder kiosk(Path runtime, String program, Object... args) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        command.addAll(List.of("env", "-i", "PATH=/usr/bin:/bin", "WLR_BACKENDS=headless", "WLR_RENDERER=pixman",
                "WLR_LIBINPUT_NO_DEVICES=1", "XDG_RUNTIME_DIR=" + runtime, program));
        for (Object arg : args) {
            if (arg instanceof List<?> list) {
                list.forEach(a -> command.add(a.toString()));
            } else {
                command.add(arg.toString());
            }
        }
        return new ProcessBuilder(command);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The temp folder, open to other users (the non-root cage user runs a Java source file from it). */
    private Path sharedTempDir(String name) throws IOException {
        Path shared = Files.createDirectory(dir.resolve(name));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        return shared;
    }

    private record Result(int status, String output) {
    }

    private static Result run(ProcessBuilder pb, int seconds) throws Exception {
        Process process = pb.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "finished: " + pb.command());
        assertNotEquals(null, output);
        return new Result(process.exitValue(), output);
    }
}
