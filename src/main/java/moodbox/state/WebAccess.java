package moodbox.state;

/**
 * Where the set-up page is reachable, the PIN it asks for (shown on the screen only) and what the screen
 * should say about logging in ("" = nothing; e.g. that the button must be pressed after too many wrong PINs).
 */
public record WebAccess(String url, String pin, String loginNotice) {
    public WebAccess {
        loginNotice = loginNotice == null ? "" : loginNotice;
    }

    public WebAccess(String url, String pin) {
        this(url, pin, "");
    }

    public WebAccess withLoginNotice(String notice) {
        return new WebAccess(url, pin, notice);
    }
}
