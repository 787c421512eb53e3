package moodbox.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import moodbox.image.GrayImage;

/** A face crop as a PNG {@code data:} URL for the page's thumbnails (the picture never leaves the box's LAN page). */
final class FacePng {
    private FacePng() {
    }

    static String dataUrl(GrayImage face) {
        BufferedImage image = new BufferedImage(face.width(), face.height(), BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, face.width(), face.height(), face.pixels());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
