package moodbox.training;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import moodbox.emotion.Emotion;
import moodbox.emotion.FacePreprocessing;
import moodbox.image.GrayImage;

/**
 * Reads the common image-folder layout: {@code DIR/<emotion>/*.png|jpg}, where the folder name is an emotion
 * label in any case ("happy", "Happy"). Images of any size are converted to gray and resized to 48×48 by
 * {@link FacePreprocessing}. An unreadable image stops the load, unless {@code skipMalformed} is set.
 */
public final class ImageFolderReader {
    private final boolean skipMalformed;

    public ImageFolderReader(boolean skipMalformed) {
        this.skipMalformed = skipMalformed;
    }

    public FaceDataset read(Path dir) throws IOException {
        List<byte[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int skipped = 0;
        List<Path> classDirs;
        try (Stream<Path> children = Files.list(dir)) {
            classDirs = children.filter(Files::isDirectory).sorted().toList();
        }
        for (Path classDir : classDirs) {
            Emotion emotion;
            try {
                emotion = Emotion.fromLabel(classDir.getFileName().toString());
            } catch (IllegalArgumentException e) {
                throw new MalformedDataException("folder " + classDir + " is not an emotion name (expected angry, disgust, fear, happy, sad, surprise or neutral)");
            }
            List<Path> files;
            try (Stream<Path> children = Files.list(classDir)) {
                files = children.filter(ImageFolderReader::isImage).sorted().toList();
            }
            for (Path file : files) {
                try {
                    images.add(readGray48(file).pixels());
                    labels.add(emotion.index());
                } catch (IOException | MalformedDataException e) {
                    if (!skipMalformed) {
                        throw new MalformedDataException(file, 0, "unreadable image: " + e.getMessage());
                    }
                    skipped++;
                }
            }
        }
        if (images.isEmpty()) {
            throw new MalformedDataException("no images found under " + dir + " (expected " + dir + "/<emotion>/*.png|jpg)");
        }
        return new FaceDataset(images, labels.stream().mapToInt(Integer::intValue).toArray(), skipped);
    }

    private static boolean isImage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    /** Reads any image file as a 48×48 gray face. */
    public static GrayImage readGray48(Path file) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) {
            throw new MalformedDataException("not an image format Java can read");
        }
        return FacePreprocessing.resize(toGray(img), FacePreprocessing.SIZE, FacePreprocessing.SIZE);
    }

    /**
     * The image's gray levels. An 8-bit gray image's samples are taken as they are: {@code getRGB} would pass
     * them through Java's linear-gray to sRGB conversion and brighten them (a stored face would not come back
     * as it was saved).
     */
    static GrayImage toGray(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] px = new byte[w * h];
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            img.getRaster().getDataElements(0, 0, w, h, px);
            return new GrayImage(w, h, px);
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                px[y * w + x] = (byte) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
            }
        }
        return new GrayImage(w, h, px);
    }
}
