package moodbox.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Real broken disks for tests: a folder made read-only by a read-only bind mount of itself, or a small tmpfs
 * mounted on a folder and filled up. Both need root (CI runs as root); without it a read-only folder falls
 * back to {@code chmod a-w} (which stops anyone but root) and a full disk to the same read-only folder, so
 * the code's failure path still runs. {@link Mount#close()} always undoes the mount.
 */
public final class Disks {
    private Disks() {
    }

    /** An undoable change to a folder. */
    public interface Mount extends AutoCloseable {
        /** True when a real mount made it (false: the chmod fallback). */
        boolean real();

        @Override
        void close() throws IOException;
    }

    /** Makes {@code dir} (which keeps its contents) read-only. */
    public static Mount readOnly(Path dir) throws IOException {
        String path = dir.toAbsolutePath().toString();
        if (run("mount", "--bind", path, path)) {
            if (run("mount", "-o", "remount,bind,ro", path, path)) {
                return mount(dir, true);
            }
            run("umount", path);
        }
        String before = PosixFilePermissions.toString(Files.getPosixFilePermissions(dir));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        return new Mount() {
            @Override
            public boolean real() {
                return false;
            }

            @Override
            public void close() throws IOException {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(before));
            }
        };
    }

    /**
     * Mounts a small tmpfs on the empty folder {@code dir} ({@link #fill} then uses up its space), or returns
     * {@code null} when mounting is not allowed (the caller then falls back to {@link #readOnly}).
     */
    public static Mount smallTmpfs(Path dir, String size) throws IOException {
        Files.createDirectories(dir);
        if (run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", dir.toAbsolutePath().toString())) {
            return mount(dir, true);
        }
        return null;
    }

    /** Writes a file in {@code dir} until the disk is full ("No space left on device"). */
    public static void fill(Path dir) throws IOException {
        byte[] block = new byte[1024];
        for (int i = 0; ; i++) {
            try (OutputStream out = Files.newOutputStream(dir.resolve("filler-" + i))) {
                while (true) {
                    out.write(block);
                    out.flush();
                }
            } catch (IOException full) {
                if (!String.valueOf(full.getMessage()).contains("No space left")) {
                    throw full;
                }
                if (i > 0) {
                    return; // even a new, empty file's first block no longer fits
                }
            }
        }
    }

    private static Mount mount(Path dir, boolean real) {
        return new Mount() {
            @Override
            public boolean real() {
                return real;
            }

            @Override
            public void close() throws IOException {
                if (!run("umount", dir.toAbsolutePath().toString())) {
                    run("umount", "-l", dir.toAbsolutePath().toString());
                }
            }
        };
    }

    private static boolean run(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + String.join(" ", command), e);
        }
    }
}
