package moodbox.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import moodbox.cli.Args;
import moodbox.cli.Command;
import moodbox.config.SettingsStore;

/**
 * {@code web}: the settings page on its own, without camera, music or GPIO, to try the page or set up the
 * box before its hardware is there. {@code --bench N} instead times the page on loopback (see {@link WebBench}).
 */
public final class WebCommand implements Command {
    @Override
    public String usage() {
        return "web [--config-dir DIR] [--web-port PORT] [--bench REQUESTS]";
    }

    @Override
    public Set<String> switches() {
        return Set.of();
    }

    @Override
    public int run(Args args) throws Exception {
        Path configDir = Path.of(args.option("--config-dir", SettingsStore.defaultDir().toString()));
        int bench = args.intOption("--bench", 0);
        int port = args.intOption("--web-port", 0);
        args.rejectUnknown();
        if (bench > 0) {
            Path scratch = Files.createTempDirectory("moodbox-bench");
            SettingsStore store = SettingsStore.open(scratch.resolve("config"));
            try (MoodHistory history = new MoodHistory(scratch.resolve("history.db"), Clock.systemDefaultZone());
                 WebServer server = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                         "localhost", store, new StandaloneBox(false), history, Clock.systemDefaultZone())) {
                new WebBench(server.port(), store.current().web().pin()).run(bench).forEach(System.out::println);
            }
            return 0;
        }
        SettingsStore store = SettingsStore.open(configDir);
        int webPort = port == 0 ? store.current().web().webPort() : port;
        try (MoodHistory history = new MoodHistory(configDir.resolve("history.db"), Clock.systemDefaultZone());
             WebServer server = WebServer.startOnLan(webPort, store, new StandaloneBox(true), history, Clock.systemDefaultZone())) {
            server.lanUrls().forEach(url -> System.out.println("settings page: " + url));
            System.out.println("PIN: " + store.current().web().pin());
            System.out.println("(there is no box button here: press Enter to stand in for it after too many wrong PINs)");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }

    /**
     * The page without an engine: nothing to show, and the hardware buttons say why they do nothing. With
     * {@code enterIsButton}, a line on standard input stands in for the box's button.
     */
    static final class StandaloneBox implements BoxControl {
        private final boolean enterIsButton;

        StandaloneBox(boolean enterIsButton) {
            this.enterIsButton = enterIsButton;
        }

        @Override
        public StatusSnapshot status() {
            return StatusSnapshot.idle(List.of("the page runs on its own (web command): no camera, music or LEDs"));
        }

        @Override
        public void testLeds() {
            throw new UnsupportedOperationException("LEDs can be tested only while the box runs (run command)");
        }

        @Override
        public void rescan() {
            throw new UnsupportedOperationException("music can be scanned only while the box runs (run command)");
        }

        @Override
        public void pause() {
            throw new UnsupportedOperationException("music plays only while the box runs (run command)");
        }

        @Override
        public void resume() {
            throw new UnsupportedOperationException("music plays only while the box runs (run command)");
        }

        @Override
        public void skip() {
            throw new UnsupportedOperationException("music plays only while the box runs (run command)");
        }

        @Override
        public int volume(int percent) {
            throw new UnsupportedOperationException("music plays only while the box runs (run command)");
        }

        @Override
        public String recentLogs() {
            return JournalLogs.recent(3000);
        }

        @Override
        public void onButtonPress(Runnable pressed) {
            if (!enterIsButton) {
                return;
            }
            Thread keys = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                    while (in.readLine() != null) {
                        pressed.run();
                    }
                } catch (IOException e) {
                    // no terminal: no stand-in button
                }
            }, "web-enter-key");
            keys.setDaemon(true);
            keys.start();
        }

        @Override
        public void showLoginNotice(String notice) {
            if (!notice.isEmpty()) {
                System.out.println(notice.replace("press the button", "press Enter here"));
            }
        }

        /** The page on its own has no screen that shows its address: nothing to hide. */
        @Override
        public void pageUsed() {
        }

        /** The page on its own decides no moods: no looks to correct. */
        @Override
        public List<moodbox.household.DecidedLook> recentLooks() {
            return List.of();
        }

        @Override
        public void correct(String lookId, moodbox.emotion.Emotion emotion) {
            throw new UnsupportedOperationException(HOUSEHOLD_ONLY_ON_THE_BOX);
        }

        @Override
        public int forgetCorrections() {
            throw new UnsupportedOperationException(HOUSEHOLD_ONLY_ON_THE_BOX);
        }

        @Override
        public moodbox.household.PersonalModelStatus personalModel() {
            throw new UnsupportedOperationException(HOUSEHOLD_ONLY_ON_THE_BOX);
        }

        @Override
        public void backToShippedModel() {
            throw new UnsupportedOperationException(HOUSEHOLD_ONLY_ON_THE_BOX);
        }
    }

    private static final String HOUSEHOLD_ONLY_ON_THE_BOX = "corrections and the personal model are there only while the box runs (run command)";
}
