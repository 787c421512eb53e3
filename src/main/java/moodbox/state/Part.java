package moodbox.state;

import java.util.Locale;

/** The parts of the appliance whose health the screen and the event log report. */
public enum Part {
    CAMERA("Camera"),
    MODEL("Model"),
    LIBRARY("USB music"),
    PLAYER("Speaker"),
    GPIO("LEDs and button"),
    WEB("Set-up page"),
    SETTINGS("Settings");

    private final String label;

    Part(String label) {
        this.label = label;
    }

    /** Shown on screen, e.g. "USB music". */
    public String label() {
        return label;
    }

    /** Written in the event log, e.g. "library". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
