package moodbox.app;

/** Where the set-up page is reachable and the PIN it asks for (shown on the screen only). */
public record WebAccess(String url, String pin) {
}
