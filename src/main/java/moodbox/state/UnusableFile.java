package moodbox.state;

/** A music file the library scan could not use, and why ("not a sound file", "cut short"), for the page. */
public record UnusableFile(String file, String reason) {
}
