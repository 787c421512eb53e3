package moodbox.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** install.sh: shellcheck-clean, and every file it installs checked in a scratch root ({@code --root}). */
class InstallScriptTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final List<String> EXPECTED = List.of(
            "/etc/pam.d/moodbox", "/etc/systemd/system/moodbox-prewarm.service", "/etc/systemd/system/moodbox-usb@.service",
            "/etc/systemd/system/moodbox.service", "/etc/udev/rules.d/99-moodbox-usb.rules", "/opt/moodbox/README.md",
            "/opt/moodbox/bin/moodbox-kiosk", "/opt/moodbox/bin/moodbox-stop-kiosk", "/opt/moodbox/installed-files", "/opt/moodbox/lib/a.jar",
            "/opt/moodbox/lib/b.jar", "/opt/moodbox/model/emotion-lite/saved_model.pb",
            "/opt/moodbox/model/emotion-lite/variables/variables.index", "/opt/moodbox/moodbox.jar");

    @TempDir
    Path dir;
    Path root;
    Path build;
    Path model;

    record Run(int exit, String output) {
    }

    @BeforeEach
    void fakeBuild() throws Exception {
        root = dir.resolve("root");
        build = dir.resolve("build");
        model = dir.resolve("model");
        osRelease("12", "bookworm");
        write(build.resolve("moodbox.jar"), "jar");
        write(build.resolve("lib/a.jar"), "a");
        write(build.resolve("lib/b.jar"), "b");
        write(model.resolve("emotion-lite/saved_model.pb"), "graph");
        write(model.resolve("emotion-lite/variables/variables.index"), "index");
    }

    private void osRelease(String version, String codename) throws Exception {
        write(root.resolve("etc/os-release"), "PRETTY_NAME=\"Debian GNU/Linux " + version + "\"\nID=debian\nVERSION_ID=\""
                + version + "\"\nVERSION_CODENAME=" + codename + "\n");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Run install(String arch, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", PROJECT.resolve("install.sh").toString(), "--root", root.toString(),
                "--build-dir", build.toString(), "--model-dir", model.toString()));
        command.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("MOODBOX_ARCH", arch);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    /** Every regular file under the root except the fake os-release, with its mode. */
    private Map<String, String> installed() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String name = "/" + root.relativize(p);
                if (!name.equals("/etc/os-release")) {
                    files.put(name, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                }
            }
        }
        return files;
    }

    @Test
    void isShellcheckClean() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/shellcheck").canExecute(), "needs Debian's shellcheck");
        Process p = new ProcessBuilder("shellcheck", "install.sh", "systemd/moodbox-stop-kiosk", "systemd/moodbox-kiosk",
                ".ci/arm64-check", ".ci/run", ".ci/test", ".ci/apt-install").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    @Test
    void installsExactlyTheExpectedFilesThenChangesNothingOnASecondRun() throws Exception {
        Run first = install("arm64");
        assertEquals(0, first.exit(), first.output());
        Map<String, String> files = installed();
        assertEquals(new TreeSet<>(EXPECTED), files.keySet());
        files.forEach((name, mode) -> assertEquals(name.contains("/bin/moodbox-") ? "rwxr-xr-x" : "rw-r--r--", mode, name));
        for (String unit : List.of("moodbox.service", "moodbox-prewarm.service", "moodbox-usb@.service")) {
            assertEquals(Files.readString(PROJECT.resolve("systemd/" + unit)),
                    Files.readString(root.resolve("etc/systemd/system/" + unit)), unit);
        }
        assertEquals(EXPECTED, Files.readAllLines(root.resolve("opt/moodbox/installed-files")));

        FileTime before = Files.getLastModifiedTime(root.resolve("opt/moodbox/moodbox.jar"));
        Thread.sleep(20);
        Run second = install("arm64");
        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("nothing changed"), second.output());
        assertFalse(second.output().contains("installed /"), second.output());
        assertEquals(before, Files.getLastModifiedTime(root.resolve("opt/moodbox/moodbox.jar")));
    }

    @Test
    void anUpdateReplacesChangedFilesAndRemovesStaleOnes() throws Exception {
        assertEquals(0, install("arm64").exit());
        Files.delete(build.resolve("lib/b.jar"));
        write(build.resolve("lib/c.jar"), "c");
        write(build.resolve("moodbox.jar"), "jar v2");
        Run update = install("arm64");
        assertEquals(0, update.exit(), update.output());
        assertEquals("jar v2", Files.readString(root.resolve("opt/moodbox/moodbox.jar")));
        assertTrue(Files.exists(root.resolve("opt/moodbox/lib/c.jar")));
        assertFalse(Files.exists(root.resolve("opt/moodbox/lib/b.jar")));
        assertTrue(Files.readString(root.resolve("opt/moodbox/installed-files")).contains("/opt/moodbox/lib/c.jar\n"));
    }

    @Test
    void uninstallRemovesEverythingItInstalled() throws Exception {
        assertEquals(0, install("arm64").exit());
        write(root.resolve("var/lib/moodbox/settings.json"), "{}");
        Run gone = install("arm64", "--uninstall");
        assertEquals(0, gone.exit(), gone.output());
        assertEquals(Map.of(), installed());
        assertFalse(Files.exists(root.resolve("opt/moodbox")));
    }

    @ParameterizedTest
    @CsvSource({"armhf, 12, 32-bit", "armel, 12, 32-bit", "riscv64, 12, unsupported", "arm64, 11, Bookworm"})
    void refusesUnsupportedSystemsClearly(String arch, String debian, String says) throws Exception {
        osRelease(debian, "any");
        Run run = install(arch);
        assertNotEquals(0, run.exit());
        assertTrue(run.output().contains(says), run.output());
        assertEquals(Map.of(), installed(), "nothing may be installed on a refused system");
    }

    @Test
    void theBootUnitRunsTheAppAsItsOwnUserAndRestartsWithBackOff() throws Exception {
        String unit = Files.readString(PROJECT.resolve("systemd/moodbox.service"));
        for (String line : List.of("User=moodbox", "Restart=on-failure", "RuntimeDirectoryPreserve=yes", "StandardError=journal",
                "ExecStop=/opt/moodbox/bin/moodbox-stop-kiosk", "KillSignal=SIGTERM", "WantedBy=multi-user.target")) {
            assertTrue(unit.contains("\n" + line), line);
        }
        assertTrue(unit.contains("java -Dorg.bytedeco.javacpp.cachedir=/var/cache/moodbox/javacpp -jar /opt/moodbox/moodbox.jar run"));
        assertFalse(unit.contains("\nRestartSteps=") || unit.contains("\nRestartMaxDelaySec="), "unknown to systemd 252 (Bookworm)");
    }

    @Test
    void listsThePackagesItInstallsIncludingEveryLibraryTheNativesLoad() throws Exception {
        Process p = new ProcessBuilder("bash", "install.sh", "--list-packages").redirectErrorStream(true).start();
        List<String> packages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor());
        // .ci/arm64-check proves the list complete with ldd in a bookworm arm64 userland; libxtst6 was once missing
        assertTrue(packages.containsAll(List.of("default-jre-headless", "libgtk-3-0", "libxtst6", "cage", "xwayland")), packages.toString());
    }
}
