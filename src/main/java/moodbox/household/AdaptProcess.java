package moodbox.household;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code moodbox adapt} in a child JVM at low priority ({@code nice -n 10}, one TensorFlow thread), so the
 * box's own threads keep the processor and the adaptation's memory is given back when it ends (a 128 MB heap,
 * serial GC and two malloc arenas: about 600 MB resident at its peak for cnn, README "Learns its household").
 * Its output goes to a log file beside the result.
 */
final class AdaptProcess {
    static final Path NICE = Path.of("/usr/bin/nice");
    private static final long TIMEOUT_MINUTES = 60;

    private final String mainClass;
    private final List<String> extraArguments;

    /**
     * @param mainClass      the class whose {@code main} runs the box's commands (the wiring knows it)
     * @param extraArguments added to the {@code adapt} command line (e.g. {@code --epochs 1} in tests)
     */
    AdaptProcess(String mainClass, List<String> extraArguments) {
        this.mainClass = mainClass;
        this.extraArguments = List.copyOf(extraArguments);
    }

    /** Adapts {@code model} on the faces in {@code data} into {@code out}; fails with the tail of its log. */
    void run(Path model, Path data, Path out, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(NICE)) {
            command.addAll(List.of(NICE.toString(), "-n", "10"));
        }
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), mainClass, "adapt",
                "--model", model.toString(), "--data", data.toString(), "--out", out.toString(), "--threads", "1"));
        command.addAll(extraArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MALLOC_ARENA_MAX", "2"); // as the box's own unit: fewer glibc arenas, less resident memory
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("adapt did not finish in " + TIMEOUT_MINUTES + " minutes (log: " + log + ")");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        if (process.exitValue() != 0) {
            throw new IOException("adapt failed with exit code " + process.exitValue() + ": " + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank() && !l.contains("tensorflow/")).toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
