package moodbox.music;

import moodbox.emotion.Emotion;

/**
 * What the jukebox is doing: playing, paused, stopped or without music, the song, its position and the volume.
 *
 * @param track    the current song, or null when nothing plays
 * @param emotion  the mood decision the music follows, or null before the first one
 * @param message  a sentence for the user when nothing plays (e.g. "No music found: insert a USB stick")
 */
public record JukeboxStatus(State state, Track track, long positionMs, double volume, Emotion emotion, String message) {
    public enum State { PLAYING, PAUSED, STOPPED, NOTHING_PLAYABLE }

    public long durationMs() {
        return track == null ? 0 : track.durationMs();
    }

    public double progress() {
        return durationMs() == 0 ? 0 : Math.min(1, positionMs / (double) durationMs());
    }
}
