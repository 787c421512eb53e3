package moodbox.engine;

import moodbox.emotion.Emotion;

/** Where decided moods and played songs are written down (the web page's mood history). */
public interface Diary {
    void mood(Emotion emotion, double confidence);

    void track(String title, String artist, Emotion mood);
}
