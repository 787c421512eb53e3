package moodbox.camera.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import moodbox.camera.CameraException;
import moodbox.camera.FrameSource;
import moodbox.camera.Sleeper;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pictures in a folder (JPEG, PNG, BMP), in name order, each shown for one interval, in a loop. */
public final class ImageFolderSource implements FrameSource {
    private static final Logger log = LoggerFactory.getLogger(ImageFolderSource.class);
    private static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".bmp");

    private final Path folder;
    private final List<Path> images;
    private final Sleeper sleeper;
    private final Duration interval;
    private int position;

    private ImageFolderSource(Path folder, List<Path> images, Sleeper sleeper, Duration interval) {
        this.folder = folder;
        this.images = images;
        this.sleeper = sleeper;
        this.interval = interval;
    }

    public static ImageFolderSource open(Path folder, Sleeper sleeper, Duration interval) throws CameraException {
        if (!Files.isDirectory(folder)) {
            throw new CameraException("image folder not found: " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> images = files.filter(ImageFolderSource::isImage).sorted().toList();
            if (images.isEmpty()) {
                throw new CameraException("no .jpg, .png or .bmp pictures in " + folder);
            }
            return new ImageFolderSource(folder, images, sleeper, interval);
        } catch (IOException e) {
            throw new CameraException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    @Override
    public GrayImage next() throws CameraException {
        for (int tried = 0; tried < images.size(); tried++) {
            Path file = images.get(position);
            position = (position + 1) % images.size();
            try {
                GrayImage frame = OpenCvImages.read(file);
                sleeper.sleep(interval);
                return frame;
            } catch (IOException e) {
                log.warn("skipping {}: {}", file, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CameraException("image folder interrupted", e);
            }
        }
        throw new CameraException("none of the pictures in " + folder + " can be read");
    }

    @Override
    public String description() {
        return "image folder " + folder;
    }

    @Override
    public void close() {
        // files are read one at a time; nothing stays open
    }
}
