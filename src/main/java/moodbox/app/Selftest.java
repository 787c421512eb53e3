package moodbox.app;

import moodbox.web.WebServer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import moodbox.cli.CommandLine;
import moodbox.config.Settings;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.engine.FaceFeed;
import moodbox.engine.Sighting;
import moodbox.music.demo.ClipSynth;
import moodbox.music.demo.DemoLibrary;
import moodbox.playback.Player;
import moodbox.playback.PlayerListener;
import moodbox.playback.javasound.JavaSoundPlayer;
import moodbox.state.Press;

/**
 * The assembly check: blinks each LED in turn and names it, waits for a button press, plays a short tone,
 * loads the model, grabs a camera frame and says whether it shows a face. One line per part, {@code PASS}
 * or {@code FAIL} with the reason; in simulate mode it presses the simulated button itself.
 */
final class Selftest {
    private final PrintStream out;
    private final Clock clock = Clock.systemUTC();
    private final List<String> failed = new ArrayList<>();

    Selftest(PrintStream out) {
        this.out = out;
    }

    /** Runs every check; returns the parts that failed (empty = all passed). */
    List<String> run(Settings settings, boolean simulate, Path modelDir, Duration buttonTimeout, VisionParts vision)
            throws InterruptedException {
        setUpInfo(settings);
        Hardware hardware = leds(settings, simulate);
        if (hardware != null) {
            try (hardware) {
                button(hardware, buttonTimeout);
            }
        } else {
            report(false, "button", "not tested: GPIO did not open");
        }
        tone(settings);
        EmotionClassifier model = model(modelDir);
        try {
            camera(settings, simulate, model, vision);
        } finally {
            if (model != null) {
                model.close();
            }
        }
        return List.copyOf(failed);
    }

    /** Where to set the box up (the kiosk shows it only until the page was first used): every address and the PIN. */
    private void setUpInfo(Settings settings) {
        for (String url : WebServer.lanUrls(settings.web().webPort())) {
            out.println("settings page: " + url + " (PIN " + settings.web().pin() + ")");
        }
    }

    private Hardware leds(Settings settings, boolean simulate) throws InterruptedException {
        moodbox.hardware.PinMap pins = moodbox.hardware.PinMap.fromSettings(settings.lights(), settings.button());
        List<String> problems = new ArrayList<>();
        Hardware hardware;
        try {
            hardware = simulate ? Hardware.simulated(pins, problems::add) : Hardware.gpio(pins, problems::add);
        } catch (RuntimeException e) {
            report(false, "leds", e.getMessage());
            return null;
        }
        out.println("LEDs: watch each one light in turn");
        hardware.lights().blinkTest(simulate ? Duration.ofMillis(50) : Duration.ofMillis(700), e -> out.println("  " + e.label() + " LED (GPIO " + pins.ledPin(e) + ")"));
        report(problems.isEmpty(), "leds", problems.isEmpty() ? "7 LEDs driven (" + hardware.description() + ")" : problems.get(0));
        return hardware;
    }

    private void button(Hardware hardware, Duration timeout) throws InterruptedException {
        CompletableFuture<Press> press = new CompletableFuture<>();
        hardware.button().addListener(press::complete);
        out.println("Button: press it now (waiting " + timeout.toSeconds() + " s)");
        if (hardware.sim() != null) {
            hardware.sim().press(Press.SHORT);
        }
        try {
            Press p = press.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            report(true, "button", p.word() + " press seen (" + hardware.description() + ")");
        } catch (TimeoutException e) {
            report(false, "button", "no press within " + timeout.toSeconds() + " s: check the wiring and the buttonPin/buttonPull settings");
        } catch (ExecutionException e) {
            report(false, "button", e.getCause().getMessage());
        }
    }

    private void tone(Settings settings) throws InterruptedException {
        try {
            Path wav = Files.createTempFile("moodbox-selftest", ".wav");
            double[] samples = new double[(int) (ClipSynth.SAMPLE_RATE / 2)];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = 0.4 * Math.sin(2 * Math.PI * 440 * i / ClipSynth.SAMPLE_RATE);
            }
            DemoLibrary.writeWav(samples, wav);
            CompletableFuture<String> ended = new CompletableFuture<>();
            try (JavaSoundPlayer player = new JavaSoundPlayer(settings.volume().startGain(), 1.0)) {
                player.addListener(new PlayerListener() {
                    @Override
                    public void started(Path file) {
                    }

                    @Override
                    public void ended(Path file, Player.EndReason reason, String detail) {
                        ended.complete(reason == Player.EndReason.FINISHED ? "" : reason + " " + detail);
                    }
                });
                out.println("Sound: a short 440 Hz tone");
                player.play(wav, 0);
                String problem = ended.get(10, TimeUnit.SECONDS);
                report(problem.isEmpty(), "sound", problem.isEmpty() ? "tone played to the end" : problem);
            } finally {
                Files.deleteIfExists(wav);
            }
        } catch (TimeoutException e) {
            report(false, "sound", "the tone did not finish within 10 s");
        } catch (Exception e) {
            report(false, "sound", CommandLine.describe(e));
        }
    }

    private EmotionClassifier model(Path modelDir) {
        try {
            EmotionClassifier model = SavedModelClassifier.load(modelDir);
            report(true, "model", "loaded " + modelDir);
            return model;
        } catch (Exception | LinkageError e) {
            report(false, "model", e.getMessage());
            return null;
        }
    }

    private void camera(Settings settings, boolean simulate, EmotionClassifier model, VisionParts vision) throws InterruptedException {
        List<String> statuses = new ArrayList<>();
        try (FaceFeed feed = vision.feed(settings, simulate, () -> model, clock, s -> statuses.add(s.detail()))) {
            CompletableFuture<Sighting> frame = CompletableFuture.supplyAsync(() -> {
                try {
                    return feed.next();
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            Sighting sighting = frame.get(15, TimeUnit.SECONDS);
            String what = sighting.frame().width() + "x" + sighting.frame().height() + " frame, "
                    + (sighting.face() != null ? "a face found" + (sighting.scores() != null ? " (looks " + sighting.scores().top().label() + ")" : "")
                    : "no face in view");
            report(true, "camera", what);
        } catch (TimeoutException e) {
            report(false, "camera", "no frame within 15 s" + (statuses.isEmpty() ? "" : ": " + statuses.get(statuses.size() - 1)));
        } catch (ExecutionException e) {
            report(false, "camera", e.getCause().getMessage());
        } catch (Exception e) {
            report(false, "camera", CommandLine.describe(e));
        }
    }

    private void report(boolean pass, String part, String detail) {
        out.println((pass ? "PASS " : "FAIL ") + part + ": " + detail);
        if (!pass) {
            failed.add(part);
        }
    }
}
