package moodbox.web;

/**
 * What the settings page needs from the running box; the appliance implements it. Methods are called on
 * web server threads and must be quick and thread-safe.
 */
public interface BoxControl {
    /** The current mood, song and library scan, as shown at the top of the page. */
    StatusSnapshot status();

    /** Starts the LED test (each LED in turn); returns at once. */
    void testLeds();

    /** Starts a rescan of the music locations; progress shows in {@link #status()}. */
    void rescan();

    /** Pauses the song playing (nothing when nothing plays). */
    void pause();

    /** Plays the paused song on. */
    void resume();

    /** Skips to another song for the current mood. */
    void skip();

    /** Sets the volume in percent (at most the maximum volume setting); returns the volume now in force. */
    int volume(int percent);

    /** The recent log text offered for download (the page blanks every PIN in it before sending). */
    String recentLogs();

    /**
     * Calls {@code pressed} on every press of the box's physical button (the owner's way in once too many
     * wrong PINs were tried); a box without a working button never calls it.
     */
    void onButtonPress(Runnable pressed);

    /** Shows a line about logging in on the box's screen ("" = none), e.g. "press the button to log in". */
    void showLoginNotice(String notice);

    /**
     * Someone logged in to the page (called after each successful login): from now on the box's screen keeps
     * the page's address and PIN off its main view (they stay on its details screen).
     */
    void pageUsed();
}
