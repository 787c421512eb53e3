package moodbox.music;

/** How the music answers a mood: mirror it, or lift it step by step (the music-therapy "iso principle"). */
public enum PolicyMode {
    MATCH,
    LIFT
}
