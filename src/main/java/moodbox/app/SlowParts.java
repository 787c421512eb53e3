package moodbox.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import moodbox.config.Settings;
import moodbox.emotion.EmotionClassifier;
import moodbox.emotion.tf.SavedModelClassifier;
import moodbox.engine.FaceFeed;
import moodbox.engine.MusicDeck;
import moodbox.music.MusicSystem;
import moodbox.music.library.StickWatcher;
import moodbox.playback.javasound.JavaSoundPlayer;
import moodbox.playback.javasound.SimulatedSpeaker;
import moodbox.state.AppEvent.PartChanged;
import moodbox.state.AppStateHolder;
import moodbox.state.Part;
import moodbox.state.PartStatus;
import moodbox.web.MoodHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts that take long to open — the emotion model (TensorFlow), the camera with the face finder
 * (OpenCV), the music (index, demo clips, stick watcher) and the mood history (SQLite). {@link Appliance}
 * opens them on their own threads; each is timed in the log and a failure becomes the part's status
 * (and a stand-in or {@code null}) instead of stopping the box.
 */
final class SlowParts {
    private static final Logger log = LoggerFactory.getLogger(SlowParts.class);

    private final Lifecycle life;
    private final AppStateHolder holder;
    private final Clock clock;
    private final RunOptions o;

    SlowParts(Lifecycle life, AppStateHolder holder, Clock clock, RunOptions options) {
        this.life = life;
        this.holder = holder;
        this.clock = clock;
        this.o = options;
    }

    /** The mood history behind the web page's chart; {@code null} (logged) when its database cannot open. */
    HistoryRecorder history() {
        try {
            return life.start("mood history (in the background)",
                    () -> new HistoryRecorder(new MoodHistory(o.configDir().resolve("history.db"), clock)));
        } catch (Exception e) {
            log.error("no mood history: {}", Main.describe(e));
            return null;
        }
    }

    /** Loads the model (closed by the "emotion model" step, after the camera); {@code null} when it failed. */
    EmotionClassifier model() {
        long begin = System.nanoTime();
        try {
            Path dir = o.model();
            EmotionClassifier classifier = SavedModelClassifier.load(dir);
            life.mark("emotion model (loaded in the background)", begin);
            holder.publish(new PartChanged(Part.MODEL, PartStatus.ok(dir.getFileName().toString())));
            return classifier;
        } catch (Exception | LinkageError e) {
            log.error("no emotion model: {}", e.getMessage());
            holder.publish(new PartChanged(Part.MODEL, PartStatus.failed("cannot load the emotion model: " + e.getMessage())));
            return null;
        }
    }

    /** Starts the music side; the caller closes it (through the {@code MusicSlot} the lifecycle holds). */
    MusicDeck music(Settings settings, List<StickWatcher.MountPlace> places) {
        long begin = System.nanoTime();
        try {
            boolean simulatedSpeaker = o.simulate() && !SimulatedSpeaker.audioOutputAvailable();
            if (simulatedSpeaker) {
                log.warn("this machine has no audio output: in simulate mode songs play to a silent simulated speaker");
                holder.publish(new PartChanged(Part.PLAYER, PartStatus.simulated("no audio output on this machine: silent simulated speaker")));
            }
            JavaSoundPlayer player = new JavaSoundPlayer(JukeboxDeck.startVolume(settings.volume()), 1.0, simulatedSpeaker);
            MusicSystem music = MusicSystem.start(MusicSettingsMapping.from(settings, o.simulate()), o.configDir(),
                    o.configDir().resolve("cache"), Path.of("/proc/self/mounts"), places, player);
            life.mark("music (in the background)", begin);
            return new JukeboxDeck(music, player, simulatedSpeaker, settings.volume(), holder::publish);
        } catch (Exception e) {
            log.error("no music: {}", e.getMessage(), e);
            holder.publish(new PartChanged(Part.LIBRARY, PartStatus.failed("music could not start: " + Main.describe(e))));
            return new NoMusicDeck(Main.describe(e));
        }
    }

    /** Opens the camera and face finding; {@code null} (and the camera shown as failed) when that fails. */
    FaceFeed camera(Settings settings, VisionParts vision, CompletableFuture<EmotionClassifier> model) {
        long begin = System.nanoTime();
        try {
            FaceFeed feed = vision.feed(settings, o.simulate(), model::join, clock,
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
