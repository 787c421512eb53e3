package moodbox.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import moodbox.config.MoodColours;
import moodbox.emotion.Emotion;
import moodbox.hardware.sim.SimLedBank;
import moodbox.state.AppEvent.LookingStarted;
import moodbox.state.AppEvent.MoodDecided;
import moodbox.state.AppStateHolder;
import moodbox.state.Fixtures;
import org.junit.jupiter.api.Test;

class LightsFollowerTest {

    @Test
    void theLedsFollowTheDecidedMood() throws Exception {
        SimLedBank bank = new SimLedBank();
        try (MoodLights lights = new MoodLights(bank, problem -> { })) {
            AppStateHolder holder = new AppStateHolder();
            holder.addListener(new LightsFollower(lights));
            holder.publish(new MoodDecided(Fixtures.reading(Emotion.ANGRY, 0.9)));
            assertEquals(Set.of(Emotion.ANGRY), bank.lit());
            holder.publish(new LookingStarted());
            holder.publish(new MoodDecided(Fixtures.reading(Emotion.SURPRISE, 0.5)));
            Thread.sleep(300);
            assertEquals(Set.of(Emotion.SURPRISE), bank.lit());
            assertEquals(MoodColours.of(Emotion.SURPRISE), bank.rgb());
        }
    }
}
