package moodbox.app;

import moodbox.cli.CommandLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Makes file names UTF-8 whatever the locale. Java 17 fixes the encoding of file names ({@code sun.jnu.encoding})
 * from the locale at start-up, and without {@code LANG} (a systemd unit, {@code env -i}) or with
 * {@code LANG=C}/{@code POSIX} that is ASCII: every name with an é or Ü then throws "Malformed input or input
 * contains unmappable characters", and no option can change it once the JVM runs. So {@link Main} starts the
 * same command again, with the same JVM options and arguments, in a child JVM with {@code LC_ALL=C.UTF-8}, waits
 * for it and exits with its code (a SIGTERM to this JVM is passed on, and waits for the child too).
 *
 * <p>The command line is taken byte for byte from {@code /proc/self/cmdline} (this JVM has already mangled its
 * non-ASCII arguments) and handed over as a Java {@code @argfile}, which the child's launcher reads as bytes.
 */
final class Utf8Relaunch {
    /** Set on the child: the argument file to delete, and a guard against starting a third JVM. */
    static final String CHILD_PROPERTY = "moodbox.utf8Relaunch";
    static final String UTF8_LOCALE = "C.UTF-8";

    private Utf8Relaunch() {
    }

    /** Whether this JVM reads file names in another encoding than UTF-8 and is not already the relaunched child. */
    static boolean needed() {
        return !namesAreUtf8() && System.getProperty(CHILD_PROPERTY) == null
                && Files.isReadable(Path.of("/proc/self/cmdline"));
    }

    static boolean namesAreUtf8() {
        String jnu = System.getProperty("sun.jnu.encoding");
        try {
            return jnu != null && Charset.forName(jnu).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** In the child: removes the argument file, and warns when even {@value #UTF8_LOCALE} did not give UTF-8 names. */
    static void settleChild() {
        String argFile = System.getProperty(CHILD_PROPERTY);
        if (argFile == null) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(argFile));
        } catch (IOException | RuntimeException e) {
            // a leftover file in the temp folder; nothing else depends on it
        }
        if (!namesAreUtf8()) {
            LoggerFactory.getLogger(Utf8Relaunch.class).warn("this system has no {} locale: file names with letters"
                    + " beyond ASCII cannot be read (set LANG to a UTF-8 locale)", UTF8_LOCALE);
        }
    }

    /** Runs the command again in a UTF-8 child JVM; returns its exit code, or -1 when it could not be started. */
    static int relaunch() {
        Path argFile = null;
        try {
            List<byte[]> cmdline = split(Files.readAllBytes(Path.of("/proc/self/cmdline")));
            argFile = Files.createTempFile("moodbox-args", ".txt");
            Files.write(argFile, argFile(argFile, cmdline.subList(1, cmdline.size())));
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + argFile).inheritIO();
            builder.environment().put("LC_ALL", UTF8_LOCALE);
            Process child = builder.start();
            Thread forward = new Thread(() -> stopAndWait(child), "moodbox-utf8-relaunch-stop");
            Runtime.getRuntime().addShutdownHook(forward);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(forward);
            return code;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(Utf8Relaunch.class).warn("could not restart with {} ({}): file names with letters"
                    + " beyond ASCII cannot be read (set LANG=C.UTF-8)", UTF8_LOCALE, CommandLine.describe(e));
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (argFile != null) {
                try {
                    Files.deleteIfExists(argFile);
                } catch (IOException e) {
                    // the child normally deleted it already
                }
            }
        }
    }

    /** On SIGTERM or Ctrl-C: stop the child the same way, wait for it, and leave with its exit code. */
    private static void stopAndWait(Process child) {
        child.destroy();
        try {
            if (child.waitFor(60, TimeUnit.SECONDS)) {
                Runtime.getRuntime().halt(child.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<byte[]> split(byte[] cmdline) {
        List<byte[]> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                args.add(java.util.Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            args.add(java.util.Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        return args;
    }

    /** One quoted argument per line, the child's marker first; backslash, quote and line breaks escaped. */
    static byte[] argFile(Path self, List<byte[]> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<byte[]> all = new ArrayList<>();
        all.add(("-D" + CHILD_PROPERTY + "=" + self).getBytes(StandardCharsets.UTF_8));
        all.addAll(args);
        for (byte[] arg : all) {
            out.write('"');
            for (byte b : arg) {
                switch (b) {
                    case '\\' -> out.writeBytes(new byte[] {'\\', '\\'});
                    case '"' -> out.writeBytes(new byte[] {'\\', '"'});
                    case '\n' -> out.writeBytes(new byte[] {'\\', 'n'});
                    case '\r' -> out.writeBytes(new byte[] {'\\', 'r'});
                    case '\t' -> out.writeBytes(new byte[] {'\\', 't'});
                    case '\f' -> out.writeBytes(new byte[] {'\\', 'f'});
                    default -> out.write(b);
                }
            }
            out.writeBytes(new byte[] {'"', '\n'});
        }
        return out.toByteArray();
    }
}
