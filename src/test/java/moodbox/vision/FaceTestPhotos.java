package moodbox.vision;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;

/** Photos with faces from Debian's opencv-doc package (listed in .ci/apt-packages.txt). */
final class FaceTestPhotos {
    static final Path HTML = Path.of("/usr/share/doc/opencv-doc/opencv4/html");
    static final Path EXAMPLES = Path.of("/usr/share/doc/opencv-doc/examples/data");

    private FaceTestPhotos() {
    }

    static Path photo(String name) {
        Path file = Files.exists(HTML.resolve(name)) ? HTML.resolve(name) : EXAMPLES.resolve(name);
        assumeTrue(Files.isReadable(file), "opencv-doc sample photo " + name + " is missing (install Debian's opencv-doc)");
        return file;
    }

    static GrayImage read(String name) throws IOException {
        return OpenCvImages.read(photo(name));
    }
}
