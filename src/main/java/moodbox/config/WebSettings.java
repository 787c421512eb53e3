package moodbox.config;

/**
 * The settings page: its TCP port (a change applies at the next start), the 6-digit PIN that opens it and
 * whether the kiosk screen shows that PIN. {@link #toString()} never prints the PIN.
 */
public record WebSettings(int webPort, String pin, boolean showPinOnScreen) {

    public WebSettings {
        InvalidSettingException.range(webPort, 1024, 65535, "webPort");
        InvalidSettingException.check(pin != null && pin.matches("\\d{6}"), "pin", "pin must be exactly 6 digits");
    }

    public static WebSettings defaults(String pin) {
        return new WebSettings(8080, pin, true);
    }

    @Override
    public String toString() {
        return "WebSettings[webPort=" + webPort + ", pin=******, showPinOnScreen=" + showPinOnScreen + "]";
    }
}
