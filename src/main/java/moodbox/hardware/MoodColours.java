package moodbox.hardware;

import moodbox.emotion.Emotion;

/** The colour the RGB LED (and the screen's accent) shows for each mood. */
public final class MoodColours {
    private MoodColours() {
    }

    public static RgbColor of(Emotion mood) {
        return switch (mood) {
            case ANGRY -> new RgbColor(255, 0, 0);
            case DISGUST -> new RgbColor(96, 160, 0);
            case FEAR -> new RgbColor(128, 0, 255);
            case HAPPY -> new RgbColor(255, 176, 0);
            case SAD -> new RgbColor(0, 64, 255);
            case SURPRISE -> new RgbColor(0, 255, 208);
            case NEUTRAL -> new RgbColor(160, 160, 160);
        };
    }
}
