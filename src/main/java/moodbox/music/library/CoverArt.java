package moodbox.music.library;

/** An embedded cover picture, e.g. image/jpeg. */
public record CoverArt(byte[] data, String mimeType) {
}
