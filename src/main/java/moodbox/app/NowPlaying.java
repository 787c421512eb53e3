package moodbox.app;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The song playing: file, title and artist as shown, the cover image bytes (JPEG/PNG as found in the tags,
 * or {@code null}), how far it has played and how long it is ({@link Duration#ZERO} when unknown).
 */
public record NowPlaying(Path path, String title, String artist, byte[] cover, Duration position, Duration length) {
    public NowPlaying {
        if (path == null || title == null || artist == null || position == null || length == null) {
            throw new IllegalArgumentException("now playing needs path, title, artist, position and length");
        }
    }

    public NowPlaying at(Duration newPosition) {
        return new NowPlaying(path, title, artist, cover, newPosition, length);
    }
}
