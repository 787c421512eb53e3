package moodbox.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.state.AppEvent.ButtonPressed;
import moodbox.state.AppEvent.LookingStarted;
import moodbox.state.AppEvent.MoodDecided;
import moodbox.state.AppEvent.TrackProgress;
import moodbox.state.AppEvent.TrackStarted;
import org.junit.jupiter.api.Test;

class AppStateHolderTest {
    private final AppStateHolder holder = new AppStateHolder();

    @Test
    void everyListenerHearsEveryEventInOrderEvenWhenAListenerPublishes() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        holder.addListener((event, state) -> {
            first.add(event.getClass().getSimpleName());
            if (event instanceof ButtonPressed) {
                holder.publish(new LookingStarted());
            }
        });
        holder.addListener((event, state) -> second.add(event.getClass().getSimpleName() + (state.looking() ? "+looking" : "")));
        holder.publish(new ButtonPressed(Press.SHORT));
        holder.publish(new MoodDecided(Fixtures.reading(Emotion.SAD, 0.7)));
        assertEquals(List.of("ButtonPressed", "LookingStarted", "MoodDecided"), first);
        assertEquals(List.of("ButtonPressed", "LookingStarted+looking", "MoodDecided"), second);
        assertEquals(Emotion.SAD, holder.current().mood().emotion());
    }

    @Test
    void aFailingViewDoesNotStopTheOthers() {
        List<AppEvent> heard = new ArrayList<>();
        holder.addListener((event, state) -> {
            throw new IllegalStateException("view broke");
        });
        holder.addListener((event, state) -> heard.add(event));
        holder.publish(new LookingStarted());
        assertEquals(1, heard.size());
    }

    @Test
    void publishingFromManyThreadsLosesNothing() throws Exception {
        List<AppEvent> heard = Collections.synchronizedList(new ArrayList<>());
        holder.addListener((event, state) -> heard.add(event));
        holder.publish(new TrackStarted(Fixtures.track("Long Song")));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    holder.publish(new TrackProgress(java.time.Duration.ofMillis(i)));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(1001, heard.size());
    }
}
