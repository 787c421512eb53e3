package moodbox.config;

/** Loudness in percent: the volume after start-up and the most the box will ever play at. */
public record VolumeSettings(int startupVolume, int maxVolume) {

    public VolumeSettings {
        InvalidSettingException.range(startupVolume, 0, 100, "startupVolume");
        InvalidSettingException.range(maxVolume, 0, 100, "maxVolume");
        InvalidSettingException.check(startupVolume <= maxVolume, "startupVolume",
                "startupVolume (" + startupVolume + ") must not be above maxVolume (" + maxVolume + ")");
    }

    public static VolumeSettings defaults() {
        return new VolumeSettings(40, 80);
    }
}
