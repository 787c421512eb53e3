package moodbox.config;

import moodbox.playback.Player;

/**
 * How songs follow one another: the seconds by which a song's end overlaps the next one's start (0 = gapless,
 * at most what the player can do: {@link Player#MAX_CROSSFADE}).
 */
public record PlaybackSettings(int crossfadeSeconds) {
    public PlaybackSettings {
        InvalidSettingException.range(crossfadeSeconds, 0, (int) Player.MAX_CROSSFADE.toSeconds(), "crossfadeSeconds");
    }

    public static PlaybackSettings defaults() {
        return new PlaybackSettings(0);
    }
}
