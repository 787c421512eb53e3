package moodbox.music.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.images.Artwork;

/** Reads tags, duration and embedded cover art with jaudiotagger (whose own logging is silenced). */
public final class TagReader {
    /** Held so the silenced level is not lost when java.util.logging collects unreferenced loggers. */
    private static final Logger JAUDIOTAGGER_LOG = Logger.getLogger("org.jaudiotagger");

    static {
        silenceLibraryLogging();
    }

    /** jaudiotagger logs every chunk it reads through java.util.logging; this turns that off. */
    public static void silenceLibraryLogging() {
        JAUDIOTAGGER_LOG.setLevel(Level.OFF);
    }

    /** Reads the tags, or fails with a reason a person can act on. */
    public TrackTags read(Path file) throws TrackProblem {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".ogg") || name.endsWith(".oga")) {
            return readOgg(file);
        }
        AudioFile audio = open(file);
        Tag tag = audio.getTag();
        double seconds = audio.getAudioHeader().getPreciseTrackLength();
        if (!(seconds > 0)) {
            throw new TrackProblem("no audio in the file (duration 0)");
        }
        return new TrackTags(field(tag, FieldKey.TITLE), field(tag, FieldKey.ARTIST), field(tag, FieldKey.ALBUM),
                field(tag, FieldKey.GENRE), field(tag, FieldKey.MOOD), Math.round(seconds * 1000),
                tag != null && tag.getFirstArtwork() != null);
    }

    private static TrackTags readOgg(Path file) throws TrackProblem {
        try {
            if (Files.size(file) == 0) {
                throw new TrackProblem("empty file");
            }
            return OggVorbisInfo.read(file);
        } catch (IOException e) {
            throw new TrackProblem("cannot read the file: " + e.getMessage());
        }
    }

    /** The first embedded picture (bytes and MIME type), if the file has one. */
    public Optional<CoverArt> cover(Path file) {
        try {
            Tag tag = AudioFileIO.read(file.toFile()).getTag();
            Artwork art = tag == null ? null : tag.getFirstArtwork();
            return art == null || art.getBinaryData() == null ? Optional.empty()
                    : Optional.of(new CoverArt(art.getBinaryData(), art.getMimeType()));
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    private static AudioFile open(Path file) throws TrackProblem {
        try {
            if (Files.size(file) == 0) {
                throw new TrackProblem("empty file");
            }
            return AudioFileIO.read(file.toFile());
        } catch (TrackProblem e) {
            throw e;
        } catch (IOException e) {
            throw new TrackProblem("cannot read the file: " + e.getMessage());
        } catch (Exception | LinkageError e) {
            String type = file.getFileName().toString().replaceAll(".*\\.", "").toUpperCase();
            throw new TrackProblem("not a readable " + type + " file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private static String field(Tag tag, FieldKey key) {
        if (tag == null) {
            return "";
        }
        try {
            String value = tag.getFirst(key);
            return value == null ? "" : value.trim();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
