package moodbox.state;

/**
 * Where the set-up page is reachable, the PIN it asks for (shown on the screen only), what the screen
 * should say about logging in ("" = nothing; e.g. that the button must be pressed after too many wrong PINs)
 * and whether the page has been used (logged in to) at least once: until then the screen shows the address
 * and PIN on its main view, afterwards only on request.
 */
public record WebAccess(String url, String pin, String loginNotice, boolean used) {
    public WebAccess {
        loginNotice = loginNotice == null ? "" : loginNotice;
    }

    public WebAccess(String url, String pin) {
        this(url, pin, "", false);
    }

    public WebAccess withLoginNotice(String notice) {
        return new WebAccess(url, pin, notice, used);
    }

    public WebAccess asUsed() {
        return new WebAccess(url, pin, loginNotice, true);
    }
}
