package moodbox.web;

import java.io.IOException;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.household.DecidedLook;
import moodbox.household.PersonalModelStatus;

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

    /** The last decided looks, newest first, with their face crops (only the logged-in owner sees them). */
    List<DecidedLook> recentLooks();

    /**
     * The owner says look {@code lookId} really showed {@code emotion}: the box keeps its face crops to learn from.
     *
     * @throws java.util.NoSuchElementException when that look is no longer among the recent ones (the message says so)
     * @throws IOException                      when it could not be saved (the message says what to do)
     */
    void correct(String lookId, Emotion emotion) throws IOException;

    /** Deletes every stored correction and goes back to the shipped model; returns how many looks were deleted. */
    int forgetCorrections() throws IOException;

    /** The personal model: in use or not, the corrections, the last adaptation's outcome. */
    PersonalModelStatus personalModel() throws IOException;

    /** Goes back to the shipped model now (the corrections are kept). */
    void backToShippedModel() throws IOException;
}
