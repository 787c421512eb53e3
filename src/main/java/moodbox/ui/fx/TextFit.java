package moodbox.ui.fx;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The largest bold font size, between a largest and a smallest, at which a text fits a width on one line. */
final class TextFit {
    private TextFit() {
    }

    static double boldSize(String text, double largest, double smallest, double width) {
        double size = largest;
        while (size > smallest && width(text, size) > width - 4) {
            size -= 1;
        }
        return size;
    }

    private static double width(String text, double size) {
        Text probe = new Text(text);
        probe.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, size));
        return probe.getLayoutBounds().getWidth();
    }
}
