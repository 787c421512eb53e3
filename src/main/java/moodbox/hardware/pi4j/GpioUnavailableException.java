package moodbox.hardware.pi4j;

/** GPIO could not be opened (not a Raspberry Pi, no /dev/gpiochip*, no permission, pin busy). */
public final class GpioUnavailableException extends RuntimeException {
    public GpioUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
