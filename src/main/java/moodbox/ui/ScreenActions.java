package moodbox.ui;

import java.util.function.Consumer;
import moodbox.emotion.Emotion;

/**
 * What the kiosk screen's touch and mouse controls do. The wiring points each at the engine's own method,
 * the same path the push button and the set-up page take; tests pass recorders. Each must return at once.
 *
 * @param lookAgain   a tap on the mood: look again (as the button's short press)
 * @param pause       pause the song playing
 * @param resume      play the paused song on
 * @param skip        another song for the mood (as the button's long press)
 * @param volumeUp    one step louder, never above the maximum volume setting
 * @param volumeDown  one step quieter
 * @param correctMood "Not right?" and a pick: the mood shown was really this one (the page's correction path)
 */
public record ScreenActions(Runnable lookAgain, Runnable pause, Runnable resume, Runnable skip, Runnable volumeUp,
                            Runnable volumeDown, Consumer<Emotion> correctMood) {
}
