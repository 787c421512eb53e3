package moodbox.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** Draws the learning curve (training and validation accuracy and loss per epoch) as a PNG. */
public final class LearningCurveChart {
    private static final int W = 900;
    private static final int H = 420;
    private static final int PAD = 50;

    private LearningCurveChart() {
    }

    public static void draw(List<EpochRecord> records, String title, Path png) throws IOException {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(Color.BLACK);
        g.drawString(title, PAD, 25);
        int half = (W - 3 * PAD) / 2;
        panel(g, records, PAD, "accuracy", 0, 1, EpochRecord::trainAccuracy, EpochRecord::valAccuracy, half);
        double maxLoss = records.stream().mapToDouble(r -> Math.max(r.trainLoss(), r.valLoss())).max().orElse(2);
        panel(g, records, 2 * PAD + half, "loss", 0, Math.ceil(maxLoss * 2) / 2, EpochRecord::trainLoss, EpochRecord::valLoss, half);
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static void panel(Graphics2D g, List<EpochRecord> records, int x0, String name, double lo, double hi,
                              ToDoubleFunction<EpochRecord> train, ToDoubleFunction<EpochRecord> val, int width) {
        int top = 45;
        int bottom = H - PAD;
        g.setColor(Color.GRAY);
        g.drawRect(x0, top, width, bottom - top);
        g.drawString(name, x0, top - 5);
        g.drawString(String.format("%.1f", hi), x0 - 35, top + 10);
        g.drawString(String.format("%.1f", lo), x0 - 35, bottom);
        int n = records.size();
        g.drawString("epoch " + (n == 0 ? 0 : records.get(n - 1).epoch()), x0 + width - 70, bottom + 18);
        line(g, records, x0, top, bottom, lo, hi, width, train, new Color(0x1f77b4));
        line(g, records, x0, top, bottom, lo, hi, width, val, new Color(0xd62728));
        g.setColor(new Color(0x1f77b4));
        g.drawString("train", x0 + 8, bottom + 18);
        g.setColor(new Color(0xd62728));
        g.drawString("validation", x0 + 55, bottom + 18);
    }

    private static void line(Graphics2D g, List<EpochRecord> records, int x0, int top, int bottom, double lo,
                             double hi, int width, ToDoubleFunction<EpochRecord> value, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        int n = records.size();
        int px = -1;
        int py = -1;
        for (int i = 0; i < n; i++) {
            int x = x0 + (n == 1 ? width / 2 : (int) ((long) width * i / (n - 1)));
            double v = Math.max(lo, Math.min(hi, value.applyAsDouble(records.get(i))));
            int y = bottom - (int) ((v - lo) / (hi - lo) * (bottom - top));
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            g.fillOval(x - 2, y - 2, 5, 5);
            px = x;
            py = y;
        }
        g.setStroke(new BasicStroke(1f));
    }
}
