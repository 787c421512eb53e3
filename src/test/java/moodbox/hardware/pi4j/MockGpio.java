package moodbox.hardware.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/** A {@link Pi4jGpio} on Pi4J's mock platform, with access to the mock pins by BCM number. */
final class MockGpio {
    final Context context = Pi4J.newContextBuilder().noAutoDetect().add(new MockPlatform())
            .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
    final Pi4jGpio gpio = new Pi4jGpio(context, MockDigitalOutputProvider.ID, MockDigitalInputProvider.ID);

    MockDigitalOutput output(int bcm) {
        return context.registry().all().values().stream()
                .filter(io -> io instanceof MockDigitalOutput out && out.address().intValue() == bcm)
                .map(MockDigitalOutput.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no output on GPIO " + bcm));
    }

    boolean isHigh(int bcm) {
        return output(bcm).state() == DigitalState.HIGH;
    }

    boolean isOpen(int bcm) {
        return context.registry().all().values().stream()
                .anyMatch(io -> io instanceof com.pi4j.io.gpio.Gpio pin && pin.address().intValue() == bcm);
    }

    MockDigitalInput input(int bcm) {
        return context.registry().all().values().stream()
                .filter(io -> io instanceof MockDigitalInput in && in.address().intValue() == bcm)
                .map(MockDigitalInput.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no input on GPIO " + bcm));
    }
}
