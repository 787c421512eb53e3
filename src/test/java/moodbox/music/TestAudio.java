package moodbox.music;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import moodbox.music.demo.ClipRecipe;
import moodbox.music.demo.ClipSynth;
import moodbox.music.demo.DemoLibrary;

/** Makes real audio files for tests: synthesised in Java, encoded by Debian's lame, oggenc, flac and sox. */
public final class TestAudio {
    /** Fast, loud, bright, major. */
    public static final ClipRecipe BRIGHT = new ClipRecipe("bright.wav", "Bright", Mood.ENERGETIC, 150, false, 0.9, 6, true, 1.5, 8);
    /** Slow, soft, dark, minor. */
    public static final ClipRecipe GLOOMY = new ClipRecipe("gloomy.wav", "Gloomy", Mood.SAD, 60, true, 0.1, 2, false, 1, 8);

    private TestAudio() {
    }

    public static Path wav(ClipRecipe recipe, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        DemoLibrary.writeWav(ClipSynth.render(recipe), file);
        return file;
    }

    /** Encodes the recipe into {@code file}, choosing the encoder by the extension; tags given as key=value. */
    public static Path encode(ClipRecipe recipe, Path file, String title, String artist, String genre) throws IOException {
        Path wav = wav(recipe, file.resolveSibling(file.getFileName() + ".src.wav"));
        String name = file.getFileName().toString();
        List<String> cmd = new ArrayList<>();
        if (name.endsWith(".mp3")) {
            cmd.addAll(List.of("lame", "--quiet", "-b", "128", "--tt", title, "--ta", artist, "--tg", genre, wav.toString(), file.toString()));
        } else if (name.endsWith(".ogg")) {
            cmd.addAll(List.of("oggenc", "--quiet", "-t", title, "-a", artist, "-G", genre, "-o", file.toString(), wav.toString()));
        } else if (name.endsWith(".flac")) {
            cmd.addAll(List.of("flac", "--silent", "-f", "-T", "TITLE=" + title, "-T", "ARTIST=" + artist,
                    "-T", "GENRE=" + genre, "-o", file.toString(), wav.toString()));
        } else {
            throw new IllegalArgumentException("no encoder for " + name);
        }
        run(cmd);
        Files.delete(wav);
        return file;
    }

    /** A 24-bit, 48 kHz stereo FLAC of a sine tone, made by sox. */
    public static Path flac24(Path file, double hz, double seconds) throws IOException {
        Files.createDirectories(file.getParent());
        run(List.of("sox", "-n", "-r", "48000", "-b", "24", "-c", "2", file.toString(), "synth", String.valueOf(seconds),
                "sine", String.valueOf(hz), "vol", "0.5"));
        return file;
    }

    public static void run(List<String> cmd) throws IOException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException(cmd.get(0) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
