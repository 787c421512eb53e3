package moodbox.ui;

import java.util.List;

/**
 * Everything the kiosk screen shows, already worded and measured: views only copy these values into
 * widgets. Made by {@link KioskViewModel}.
 *
 * @param mood      the mood block: what the latest look found, in words and colour
 * @param song      the song, or {@code null} when nothing plays
 * @param player    play/pause and volume as the controls show them
 * @param status    one line of plain words about the box ("412 songs on MUSIC", "Camera: no camera found, …")
 * @param trouble   whether {@code status} is about something that needs attention
 * @param setup     the set-up page's address and PIN for the main view, or {@code null} once the page was used
 * @param details   the second screen: every part, the set-up page, the last look's scores
 */
public record ScreenModel(Mood mood, Song song, Player player, String status, boolean trouble, Setup setup,
                          Details details) {

    /** What the latest look found. */
    public enum Look { HELLO, LOOKING, DECIDED, NO_FACE, NOT_SURE, NO_PICTURE, NO_MODEL }

    /**
     * The mood block.
     *
     * @param look    what the latest look found
     * @param word    the big word: "Happy", "Looking…", "No face", "Not sure", "Hello"
     * @param line    under it: "82% sure · just now", or what to do
     * @param earlier the mood decided before, when the latest look found none ("Last mood: Happy, 3 min ago"), or ""
     * @param colour  the word's colour as "#RRGGBB": the mood's colour from the settings once decided, a calm grey otherwise
     */
    public record Mood(Look look, String word, String line, String earlier, String colour) {
    }

    /**
     * The song.
     *
     * @param title      "Here Comes the Sun" (a title made from the file name when the tags have none)
     * @param artist     the artist, or the folder's name when the tags name none
     * @param time       "1:23 / 3:20"
     * @param progress   fill 0–1 of the progress bar
     * @param cover      cover image bytes (from the tags or a cover.jpg/folder.jpg beside the file), or {@code null}
     * @param tileColour without a cover: the colour of the tile drawn instead ("#RRGGBB", the mood's)
     * @param tileLetter without a cover: the letter on that tile
     */
    public record Song(String title, String artist, String time, double progress, byte[] cover, String tileColour,
                       String tileLetter) {
    }

    /** Whether a song plays, whether it is paused, and the volume ("40%", or "" while unknown). */
    public record Player(boolean playing, boolean paused, String volume) {
    }

    /** The set-up page: "http://192.168.1.20:8080/", "PIN 482193" (or "" when the PIN is not shown), a login notice or "". */
    public record Setup(String address, String pin, String notice) {
    }

    /**
     * The second screen.
     *
     * @param bars       one bar per emotion, in label order; empty (fill 0) unless the latest look decided a mood
     * @param barsTitle  what the bars are: "Happy, 82% sure · just now", "Looking…", "No scores: no face seen"
     * @param statuses   every part, one line each
     * @param setup      the set-up page (always here, even after it was used), or {@code null} while it starts
     */
    public record Details(List<Bar> bars, String barsTitle, List<StatusLine> statuses, Setup setup) {
    }

    /** One emotion's bar: label, fill 0–1, "82%" (or ""), and whether it is the decided mood. */
    public record Bar(String label, double fill, String percent, boolean decided) {
    }

    /** A status line: "Camera", "USB camera 640x480", a health word (ok, simulated, failed, …). */
    public record StatusLine(String label, String text, String health) {
    }
}
