package moodbox.ui;

import java.util.List;

/**
 * Everything the kiosk screen shows, already worded and measured: views only copy these values into
 * widgets. Made by {@link KioskViewModel}.
 *
 * @param mood      the big word: "Happy", "Looking…" or "Hello"
 * @param moodLine  under it: "82% sure · just now" or a hint
 * @param accent    the mood's colour as "#RRGGBB"
 * @param bars      one confidence bar per emotion, in label order
 * @param nowPlaying the song, or {@code null} when nothing plays
 * @param statuses  camera, model and USB music, one line each
 * @param web       "Set up at http://192.168.1.20:8080/" (plus, after too many wrong PINs, that the button
 *                  must be pressed to log in), or a waiting line
 * @param pin       "PIN 4821", or "" while the page is not up
 * @param problem   the calm error view, or {@code null} when all is well
 */
public record ScreenModel(String mood, String moodLine, String accent, List<Bar> bars, Song nowPlaying,
                          List<StatusLine> statuses, String web, String pin, Problem problem) {

    /** One emotion's bar: label, fill 0–1, "82%", and whether it is the decided mood. */
    public record Bar(String label, double fill, String percent, boolean decided) {
    }

    /** The song: title, artist, "1:23 / 3:20", fill 0–1 of the progress bar, cover image bytes or null. */
    public record Song(String title, String artist, String time, double progress, byte[] cover) {
    }

    /** A status line: "Camera", "USB camera 640x480", and a health word (ok, simulated, failed, …). */
    public record StatusLine(String label, String text, String health) {
    }

    /** The calm error view: a headline and one line per failing part. */
    public record Problem(String headline, List<String> lines) {
    }
}
