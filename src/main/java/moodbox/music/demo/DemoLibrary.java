package moodbox.music.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import moodbox.music.Mood;

/**
 * The music a fresh machine plays when no stick holds any: a few clips of distinct moods, synthesised at
 * run time into a cache folder (no audio files ship with the project). Written once; reused afterwards.
 */
public final class DemoLibrary {
    /** Bump when the recipes change so old caches are rewritten. */
    static final String VERSION = "2";

    public static final List<ClipRecipe> RECIPES = List.of(
            new ClipRecipe("sunny-steps.wav", "Sunny Steps", Mood.HAPPY, 120, false, 0.35, 4, true, 1, 20),
            new ClipRecipe("night-drive.wav", "Night Drive", Mood.ENERGETIC, 160, false, 0.95, 8, true, 2, 20),
            new ClipRecipe("still-water.wav", "Still Water", Mood.CALM, 60, false, 0.12, 1, false, 1, 20),
            new ClipRecipe("grey-rain.wav", "Grey Rain", Mood.SAD, 58, true, 0.12, 2, false, 1, 20),
            new ClipRecipe("iron-storm.wav", "Iron Storm", Mood.ANGRY, 150, true, 0.95, 2, true, 1.5, 20));

    private final Path folder;

    /** @param cacheDir where the clips are written, e.g. {@code ~/.cache/moodbox}; a "demo-music" folder is made in it */
    public DemoLibrary(Path cacheDir) {
        this.folder = cacheDir.resolve("demo-music");
    }

    /** Writes the clips unless an up-to-date set is already there; returns the folder that holds them. */
    public Path materialise() throws IOException {
        Path stamp = folder.resolve(".version");
        if (Files.exists(stamp) && Files.readString(stamp).equals(VERSION)
                && RECIPES.stream().allMatch(r -> Files.exists(folder.resolve(r.fileName())))) {
            return folder;
        }
        Files.createDirectories(folder);
        for (ClipRecipe recipe : RECIPES) {
            writeWav(ClipSynth.render(recipe), folder.resolve(recipe.fileName()));
        }
        Files.writeString(stamp, VERSION);
        return folder;
    }

    /** Writes mono samples in [-1, 1] as a 16-bit WAV, atomically (a temporary file, then a rename). */
    public static void writeWav(double[] samples, Path file) throws IOException {
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int s = (int) Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        AudioFormat format = new AudioFormat(ClipSynth.SAMPLE_RATE, 16, 1, true, false);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, temp.toFile());
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
