package moodbox.training;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
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
import moodbox.vision.PhotoFaces;

/**
 * Reads the common image-folder layout: {@code DIR/<emotion>/*.png|jpg}, where the folder name is an emotion
 * label in any case ("happy", "Happy"). Images are converted to gray. A face crop (at most
 * {@value #MAX_CROP_SIDE} pixels on a side, like the box's stored crops and FER2013's faces) is resized to
 * 48×48 by {@link FacePreprocessing}; a larger image is taken for a photo, and its face is found and cut out as
 * the box does it ({@link PhotoFaces}). A photo in which no face is found is used whole, as a crop, and
 * counted on {@code console} (a tight crop of a face can be too close for the detector). An unreadable
 * image stops the load, unless {@code skipMalformed} is set.
 */
public final class ImageFolderReader {
    static final int MAX_CROP_SIDE = 64;

    private final boolean skipMalformed;
    private final PrintStream console;

    public ImageFolderReader(boolean skipMalformed, PrintStream console) {
        this.skipMalformed = skipMalformed;
        this.console = console;
    }

    public FaceDataset read(Path dir) throws IOException {
        try (PhotoFaces photoFaces = new PhotoFaces()) {
            return read(dir, photoFaces);
        }
    }

    private FaceDataset read(Path dir, PhotoFaces photoFaces) throws IOException {
        List<byte[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int skipped = 0;
        int photos = 0;
        List<Path> faceless = new ArrayList<>();
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
                    GrayImage image = readGray(file);
                    GrayImage face;
                    if (image.width() <= MAX_CROP_SIDE && image.height() <= MAX_CROP_SIDE) {
                        face = FacePreprocessing.resize(image, FacePreprocessing.SIZE, FacePreprocessing.SIZE);
                    } else {
                        photos++;
                        var found = photoFaces.face(image);
                        if (found.isEmpty()) {
                            faceless.add(file);
                        }
                        face = found.orElseGet(() -> FacePreprocessing.resize(image, FacePreprocessing.SIZE, FacePreprocessing.SIZE));
                    }
                    images.add(face.pixels());
                    labels.add(emotion.index());
                } catch (IOException | MalformedDataException e) {
                    if (!skipMalformed) {
                        throw new MalformedDataException(file, 0, "unreadable image: " + e.getMessage());
                    }
                    skipped++;
                }
            }
        }
        if (photos > 0) {
            console.printf("%d of %d images in %s are photos: their faces were found and cut out as the box does%s%n", photos,
                    images.size(), dir, faceless.isEmpty() ? ""
                            : "; in " + faceless.size() + " no face was found, so they were used whole (e.g. " + faceless.get(0) + ")");
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

    /** Reads any image file as a 48×48 gray face (the whole image: for crops, such as the box's stored ones). */
    public static GrayImage readGray48(Path file) throws IOException {
        return FacePreprocessing.resize(readGray(file), FacePreprocessing.SIZE, FacePreprocessing.SIZE);
    }

    private static GrayImage readGray(Path file) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        if (img == null) {
            throw new MalformedDataException("not an image format Java can read");
        }
        return toGray(img);
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
