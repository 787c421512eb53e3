package moodbox.config;

/** Loudness in percent: the volume after start-up and the most the box will ever play at. */
public record VolumeSettings(int startupVolume, int maxVolume) {

    public VolumeSettings {
        InvalidSettingException.range(startupVolume, 0, 100, "startupVolume");
        InvalidSettingException.range(maxVolume, 0, 100, "maxVolume");
        InvalidSettingException.check(startupVolume <= maxVolume, "startupVolume",
                "startupVolume (" + startupVolume + ") must not be above maxVolume (" + maxVolume + ")");
    }

    /** The gain after start-up, 0..1 (the start-up volume is never above the maximum). */
    public double startGain() {
        return startupVolume / 100.0;
    }

    /** The highest gain the box plays at, 0..1. */
    public double maxGain() {
        return maxVolume / 100.0;
    }

    public static VolumeSettings defaults() {
        return new VolumeSettings(40, 80);
    }
}
