package moodbox.web;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import moodbox.state.AppEvent;
import moodbox.state.AppListener;
import moodbox.state.AppState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes decided moods and the songs played for them into the mood history (the web page's chart), on its
 * own thread so that a slow disk never holds up the other views.
 */
public final class HistoryRecorder implements AppListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HistoryRecorder.class);

    private final MoodHistory history;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mood-history");
        t.setDaemon(true);
        return t;
    });

    public HistoryRecorder(MoodHistory history) {
        this.history = history;
    }

    public MoodHistory history() {
        return history;
    }

    @Override
    public void on(AppEvent event, AppState state) {
        if (event instanceof AppEvent.MoodDecided decided) {
            write(() -> history.recordMood(decided.reading().emotion(), decided.reading().confidence()));
        } else if (event instanceof AppEvent.TrackStarted started && state.mood() != null) {
            write(() -> history.recordTrack(started.track().title(), started.track().artist(), state.mood().emotion()));
        }
    }

    private interface Write {
        void run() throws Exception;
    }

    private void write(Write write) {
        writer.execute(() -> {
            try {
                write.run();
            } catch (Exception e) {
                log.warn("could not write the mood history: {}", e.getMessage());
            }
        });
    }

    /** Finishes pending writes (up to 5 s), then closes the history database. */
    @Override
    public void close() throws Exception {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
        history.close();
    }
}
