package moodbox.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which music one emotion asks for: folders on the music drive (relative to a music location, e.g.
 * {@code "Calm"} or {@code "Albums/Chill"}) and/or mood words from the library's analysis (e.g.
 * {@code "calm"}). Both empty means automatic: the policy picks by the library's own analysis.
 */
public record EmotionMusic(List<String> folders, List<String> moods) {
    private static final Pattern MOOD_WORD = Pattern.compile("[a-z][a-z -]{0,29}");

    public static final EmotionMusic AUTOMATIC = new EmotionMusic(List.of(), List.of());

    public EmotionMusic {
        folders = List.copyOf(checkFolders(folders, "emotionMusic.folders"));
        moods = List.copyOf(checkMoods(moods, "emotionMusic.moods"));
    }

    /** Checks with the exact place in error messages, e.g. {@code emotionMusic.Happy}. */
    static EmotionMusic of(List<String> folders, List<String> moods, String field) {
        return new EmotionMusic(checkFolders(folders, field + ".folders"), checkMoods(moods, field + ".moods"));
    }

    public boolean automatic() {
        return folders.isEmpty() && moods.isEmpty();
    }

    private static List<String> checkFolders(List<String> folders, String field) {
        for (String folder : folders) {
            boolean ok = !folder.isBlank() && !folder.startsWith("/") && !folder.contains("\\")
                    && List.of(folder.split("/")).stream().noneMatch(part -> part.equals("..") || part.equals("."));
            InvalidSettingException.check(ok, field, field + ": \"" + folder
                    + "\" must be a folder inside a music location, like \"Calm\" or \"Albums/Chill\" (no \"..\", no leading \"/\")");
        }
        return folders;
    }

    private static List<String> checkMoods(List<String> moods, String field) {
        for (String mood : moods) {
            InvalidSettingException.check(MOOD_WORD.matcher(mood).matches(), field,
                    field + ": \"" + mood + "\" must be a lower-case mood word of 1-30 letters, like \"calm\"");
        }
        return moods;
    }
}
