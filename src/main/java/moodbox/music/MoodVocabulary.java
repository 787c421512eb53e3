package moodbox.music;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Words that name a mood, in folder names and in mood or genre tags: "happy/", "Chill", "Metal" …
 */
public final class MoodVocabulary {
    /** Words for moods, in folder names and mood tags. */
    private static final Map<String, Mood> MOOD_WORDS = Map.ofEntries(
            Map.entry("happy", Mood.HAPPY), Map.entry("joyful", Mood.HAPPY), Map.entry("upbeat", Mood.HAPPY),
            Map.entry("cheerful", Mood.HAPPY),
            Map.entry("sad", Mood.SAD), Map.entry("melancholic", Mood.SAD), Map.entry("melancholy", Mood.SAD),
            Map.entry("calm", Mood.CALM), Map.entry("relaxed", Mood.CALM), Map.entry("chill", Mood.CALM),
            Map.entry("peaceful", Mood.CALM),
            Map.entry("energetic", Mood.ENERGETIC), Map.entry("party", Mood.ENERGETIC),
            Map.entry("angry", Mood.ANGRY), Map.entry("aggressive", Mood.ANGRY));
    /** Genres with a clear mood, for the genre tag only (a folder called "Pop" says little). */
    private static final Map<String, Mood> GENRE_WORDS = Map.ofEntries(
            Map.entry("blues", Mood.SAD), Map.entry("chillout", Mood.CALM), Map.entry("ambient", Mood.CALM),
            Map.entry("new age", Mood.CALM), Map.entry("dance", Mood.ENERGETIC), Map.entry("techno", Mood.ENERGETIC),
            Map.entry("house", Mood.ENERGETIC), Map.entry("drum & bass", Mood.ENERGETIC),
            Map.entry("metal", Mood.ANGRY), Map.entry("heavy metal", Mood.ANGRY), Map.entry("punk", Mood.ANGRY),
            Map.entry("hardcore", Mood.ANGRY));

    /** The mood named by a single word or phrase, e.g. "Happy", " chill ". */
    public Optional<Mood> lookUp(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(MOOD_WORDS.get(normalise(word)));
    }

    /** The mood named by the nearest folder between {@code root} and {@code file}, if any. */
    public Optional<Mood> fromFolders(Path root, Path file) {
        Path relative = root.relativize(file).getParent();
        for (Path dir = relative; dir != null; dir = dir.getParent()) {
            Optional<Mood> mood = lookUp(dir.getFileName().toString());
            if (mood.isPresent()) {
                return mood;
            }
        }
        return Optional.empty();
    }

    /** The mood named by a mood tag, else by the genre tag. */
    public Optional<Mood> fromTags(String moodTag, String genre) {
        Optional<Mood> mood = lookUp(moodTag);
        if (mood.isPresent() || genre == null) {
            return mood;
        }
        Optional<Mood> byGenre = Optional.ofNullable(GENRE_WORDS.get(normalise(genre)));
        return byGenre.isPresent() ? byGenre : lookUp(genre);
    }

    private static String normalise(String word) {
        return word.trim().toLowerCase(Locale.ROOT);
    }
}
