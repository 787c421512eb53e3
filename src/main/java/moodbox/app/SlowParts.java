package moodbox.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import moodbox.cli.CommandLine;
import moodbox.config.Settings;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.SwappableClassifier;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.engine.FaceFeed;
import moodbox.engine.MusicDeck;
import moodbox.engine.NoMusicDeck;
import moodbox.music.JukeboxDeck;
import moodbox.music.MusicSystem;
import moodbox.music.library.StickWatcher;
import moodbox.music.library.TrackIndex;
import moodbox.playback.javasound.JavaSoundPlayer;
import moodbox.playback.javasound.SimulatedSpeaker;
import moodbox.state.AppEvent.PartChanged;
import moodbox.state.AppStateHolder;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.web.HistoryRecorder;
import moodbox.web.MoodHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts that take long to open — the emotion model (TensorFlow), the camera with the face finder
 * (OpenCV), the music (index, demo clips, stick watcher) and the mood history (SQLite). {@link Appliance}
 * opens them on their own threads ({@link Lifecycle#inBackground}); each is timed in the log and a failure
 * becomes the part's status (and a stand-in or {@code null}) instead of stopping the box.
 */
final class SlowParts {
    private static final Logger log = LoggerFactory.getLogger(SlowParts.class);

    private final Lifecycle life;
    private final AppStateHolder holder;
    private final Clock clock;
    private final RunOptions o;
    private volatile String indexProblem = "";

    SlowParts(Lifecycle life, AppStateHolder holder, Clock clock, RunOptions options) {
        this.life = life;
        this.holder = holder;
        this.clock = clock;
        this.o = options;
    }

    /**
     * The mood history behind the web page's chart; when its database cannot open (e.g. a read-only config
     * folder) a history that says so, so that the page still comes up without the chart.
     */
    HistoryRecorder history() {
        long begin = System.nanoTime();
        Path file = o.configDir().resolve("history.db");
        try {
            HistoryRecorder recorder = new HistoryRecorder(new MoodHistory(file, clock));
            life.mark("mood history (in the background)", begin);
            return recorder;
        } catch (Exception e) {
            log.error("no mood history: {}", CommandLine.describe(e));
            return new HistoryRecorder(MoodHistory.unavailable("cannot open " + file + " (" + CommandLine.describe(e) + ")"));
        }
    }

    /**
     * The music library's index, opened once for the box's whole run: every music side (first start and
     * restarts with new settings) uses this one. {@code null} (and the reason kept for the music) when it
     * cannot open.
     */
    TrackIndex musicIndex() {
        Path file = o.configDir().resolve("music-index.db");
        try {
            Files.createDirectories(o.configDir());
            return TrackIndex.open(file);
        } catch (Exception e) {
            indexProblem = "cannot open the music index " + file + ": " + CommandLine.describe(e);
            log.error("{}", indexProblem);
            return null;
        }
    }

    /**
     * Loads the model in {@code folder} (the household's personal model or the shipped one; closed by its opening,
     * after the camera) as a model that can be swapped while the box runs; {@code null} when it failed.
     */
    SwappableClassifier model(Supplier<Path> folder) {
        long begin = System.nanoTime();
        try {
            Path dir = folder.get();
            SwappableClassifier classifier = new SwappableClassifier(SavedModelClassifier.load(dir), dir.getFileName().toString());
            life.mark("emotion model (loaded in the background)", begin);
            holder.publish(new PartChanged(Part.MODEL, PartStatus.ok(classifier.name())));
            return classifier;
        } catch (Exception | LinkageError e) {
            log.error("no emotion model: {}", e.getMessage());
            holder.publish(new PartChanged(Part.MODEL, PartStatus.failed("cannot load the emotion model: " + e.getMessage())));
            return null;
        }
    }

    /** Starts the music side; the caller closes it (through the {@code MusicSlot} the lifecycle holds). */
    MusicDeck music(Settings settings, List<StickWatcher.MountPlace> places, TrackIndex index) {
        long begin = System.nanoTime();
        if (index == null) {
            holder.publish(new PartChanged(Part.LIBRARY, PartStatus.failed("music could not start: " + indexProblem)));
            return NoMusicDeck.failed(indexProblem);
        }
        try {
            boolean simulatedSpeaker = o.simulate() && !SimulatedSpeaker.audioOutputAvailable();
            if (simulatedSpeaker) {
                log.warn("this machine has no audio output: in simulate mode songs play to a silent simulated speaker");
                holder.publish(new PartChanged(Part.PLAYER, PartStatus.simulated("no audio output on this machine: silent simulated speaker")));
            }
            JavaSoundPlayer player = new JavaSoundPlayer(settings.volume().startGain(), 1.0, simulatedSpeaker);
            MusicSystem music = MusicSystem.start(settings.music(), settings.volume(), o.simulate(), index,
                    o.configDir().resolve("cache"), Path.of("/proc/self/mounts"), places, player);
            life.mark("music (in the background)", begin);
            player.setCrossfade(Duration.ofSeconds(settings.playback().crossfadeSeconds()));
            return new JukeboxDeck(music, player, simulatedSpeaker, settings.volume(), holder::publish);
        } catch (Exception e) {
            log.error("no music: {}", e.getMessage(), e);
            holder.publish(new PartChanged(Part.LIBRARY, PartStatus.failed("music could not start: " + CommandLine.describe(e))));
            return NoMusicDeck.failed(CommandLine.describe(e));
        }
    }

    /** Opens the camera and face finding; {@code null} (and the camera shown as failed) when that fails. */
    FaceFeed camera(Settings settings, VisionParts vision, Supplier<EmotionClassifier> model) {
        long begin = System.nanoTime();
        try {
            FaceFeed feed = vision.feed(settings, o.simulate(), model, clock,
                    status -> holder.publish(new PartChanged(Part.CAMERA, status)));
            life.mark("camera and face finder opened (in the background)", begin);
            return feed;
        } catch (Exception | LinkageError e) {
            log.error("no camera: {}", e.getMessage());
            holder.publish(new PartChanged(Part.CAMERA, PartStatus.failed(e.getMessage())));
            return null;
        }
    }
}
