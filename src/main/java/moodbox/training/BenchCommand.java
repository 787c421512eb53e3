package moodbox.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import moodbox.cli.Args;
import moodbox.cli.Command;
import moodbox.cli.CommandLine;
import moodbox.emotion.ShippedModels;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.vision.VisionBenchmark;

/**
 * {@code bench}: single-thread, warm latency on this machine of the shipped models ({@code cnnClassifyMs},
 * {@code liteClassifyMs}) and of the live camera path with the lite model ({@code frameMs}: find + crop +
 * classify one 640×480 frame with tracking; {@code detectMs}: one full-frame detection; both for YuNet, and
 * for the Haar cascade as {@code haarFrameMs}, {@code haarDetectMs}). {@code bench --faces} instead prints the
 * {@link FaceRobustnessReport}.
 */
public final class BenchCommand implements Command {
    /** {@code bench} in a JVM of its own: {@code ship} measures a model's latency there, as a user runs it. */
    public static void main(String[] argv) {
        System.exit(CommandLine.run("bench", new BenchCommand(), List.of(argv)));
    }

    static final int WARMUP = 50;
    static final int RUNS = 300;

    @Override
    public Set<String> switches() {
        return Set.of("--json", "--faces");
    }

    @Override
    public String usage() {
        return "bench [--json] [--cnn DIR] [--lite DIR] | bench --faces [--data FER_CSV --limit N] [--lite DIR] [--json]";
    }

    @Override
    public int run(Args args) throws Exception {
        boolean json = args.flag("--json");
        Path cnn = modelOption(args, "--cnn", ShippedModels.CNN);
        Path lite = modelOption(args, "--lite", ShippedModels.LITE);
        if (args.flag("--faces")) {
            String data = args.option("--data", null);
            int limit = args.intOption("--limit", 500);
            args.rejectUnknown();
            return FaceRobustnessReport.print(lite, data == null ? null : Path.of(data), limit, json);
        }
        args.rejectUnknown();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threads", 1);
        try (SavedModelClassifier model = SavedModelClassifier.load(cnn, 1)) {
            out.put("cnnClassifyMs", LatencyBenchmark.medianClassifyMs(model, WARMUP, RUNS));
        }
        try (SavedModelClassifier model = SavedModelClassifier.load(lite, 1)) {
            out.put("liteClassifyMs", LatencyBenchmark.medianClassifyMs(model, WARMUP, RUNS));
            out.putAll(VisionBenchmark.measure(model));
        }
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(out));
        } else {
            out.forEach((k, v) -> System.out.println(k + ": " + v));
        }
        return 0;
    }

    private static Path modelOption(Args args, String option, String shippedName) {
        String dir = args.option(option, null);
        return dir != null ? Path.of(dir) : ShippedModels.locate(shippedName);
    }
}
