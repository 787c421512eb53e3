package moodbox.training;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import moodbox.emotion.Emotion;

/** Draws a confusion matrix as a PNG heat map, each row shaded by its share of that row's faces. */
public final class ConfusionHeatmap {
    private static final int CELL = 70;
    private static final int LEFT = 100;
    private static final int TOP = 90;

    private ConfusionHeatmap() {
    }

    public static void draw(EvaluationReport report, String title, Path png) throws IOException {
        int n = Emotion.COUNT;
        BufferedImage img = new BufferedImage(LEFT + n * CELL + 20, TOP + n * CELL + 50, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, 10, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(String.format("accuracy %.3f, macro F1 %.3f — rows: truth, columns: prediction",
                report.accuracy(), report.macroF1()), 10, 42);
        long[][] m = report.confusion();
        for (int i = 0; i < n; i++) {
            String label = Emotion.fromIndex(i).label();
            g.setColor(Color.BLACK);
            g.drawString(label, 10, TOP + i * CELL + CELL / 2 + 5);
            g.drawString(label, LEFT + i * CELL + 8, TOP - 10);
            long support = Math.max(1, report.support(i));
            for (int j = 0; j < n; j++) {
                double share = (double) m[i][j] / support;
                int shade = 255 - (int) Math.round(share * 200);
                g.setColor(new Color(shade, shade, 255));
                g.fillRect(LEFT + j * CELL, TOP + i * CELL, CELL - 2, CELL - 2);
                g.setColor(share > 0.5 ? Color.WHITE : Color.BLACK);
                g.drawString(String.valueOf(m[i][j]), LEFT + j * CELL + 10, TOP + i * CELL + CELL / 2);
                g.drawString(String.format("%.0f%%", share * 100), LEFT + j * CELL + 10, TOP + i * CELL + CELL / 2 + 16);
            }
        }
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }
}
