package moodbox.config;

/** How songs follow one another: the seconds by which a song's end overlaps the next one's start (0 = gapless). */
public record PlaybackSettings(int crossfadeSeconds) {
    /** The longest crossfade. */
    public static final int MAX_CROSSFADE_SECONDS = 10;

    public PlaybackSettings {
        InvalidSettingException.range(crossfadeSeconds, 0, MAX_CROSSFADE_SECONDS, "crossfadeSeconds");
    }

    public static PlaybackSettings defaults() {
        return new PlaybackSettings(0);
    }
}
