package moodbox.training;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;

/**
 * Writes faces in the layout {@link ImageFolderReader} reads: {@code DIR/<emotion>/<name>.png}, 8-bit gray,
 * so that {@code adapt --data DIR} and {@code train --data DIR} take them as they are.
 */
public final class ImageFolderWriter {
    private ImageFolderWriter() {
    }

    /** Writes {@code face} as {@code dir/<emotion label, lower case>/<name>.png}; returns the file. */
    public static Path write(Path dir, Emotion emotion, String name, GrayImage face) throws IOException {
        Path folder = dir.resolve(emotion.label().toLowerCase(java.util.Locale.ROOT));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        writePng(face, file);
        return file;
    }

    /**
     * Writes one face as an 8-bit gray PNG. It is encoded in memory first, so that a full disk is reported as
     * the system says it ("No space left on device"), not as ImageIO's bare "I/O error writing PNG file".
     */
    public static void writePng(GrayImage face, Path file) throws IOException {
        BufferedImage image = new BufferedImage(face.width(), face.height(), BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, face.width(), face.height(), face.pixels());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("no PNG writer in this Java");
        }
        Files.write(file, png.toByteArray());
    }

    /** Writes every face of {@code data} as {@code dir/<emotion>/<index>.png}. */
    public static void writeAll(FaceDataset data, Path dir) throws IOException {
        for (int i = 0; i < data.size(); i++) {
            write(dir, Emotion.fromIndex(data.label(i)), String.format("%05d", i), data.image(i));
        }
    }
}
