package moodbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.engine.EngineFakes.RecordingDeck;
import org.junit.jupiter.api.Test;

class MusicSlotTest {
    @Test
    void aNewMusicSideTakesOverClosesTheOldAndPlaysForTheMoodFollowed() throws Exception {
        RecordingDeck first = new RecordingDeck();
        RecordingDeck second = new RecordingDeck();
        MusicSlot slot = new MusicSlot(first);
        slot.play(Emotion.SAD);
        slot.replace(second);
        slot.next();
        slot.close();
        assertEquals(List.of("play sad", "close"), first.calls);
        assertEquals(List.of("play sad", "next", "close"), second.calls);
    }

    @Test
    void beforeAnyMoodTheNewSideStaysQuiet() {
        RecordingDeck second = new RecordingDeck();
        MusicSlot slot = new MusicSlot(new RecordingDeck());
        slot.replace(second);
        assertEquals(List.of(), second.calls);
    }
}
