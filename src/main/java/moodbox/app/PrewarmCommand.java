package moodbox.app;

import moodbox.cli.Args;
import moodbox.cli.Command;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code prewarm}: loads TensorFlow's native library once so that its unpacked copy (about 650–730 MB under
 * {@code ~/.javacpp/cache} or {@code -Dorg.bytedeco.javacpp.cachedir}) exists before the box needs it.
 * The boot unit {@code moodbox-prewarm.service} runs it before the kiosk starts.
 */
final class PrewarmCommand implements Command {
    private static final Logger log = LoggerFactory.getLogger(PrewarmCommand.class);

    @Override
    public String usage() {
        return "prewarm";
    }

    @Override
    public Set<String> switches() {
        return Set.of();
    }

    @Override
    public int run(Args args) {
        args.rejectUnknown();
        long start = System.nanoTime();
        String version = org.tensorflow.TensorFlow.version();
        long ms = (System.nanoTime() - start) / 1_000_000;
        log.info("TensorFlow {} native library ready in {} ms", version, ms);
        System.out.println("{\"tensorflow\":\"" + version + "\",\"loadMs\":" + ms + "}");
        return 0;
    }
}
