package moodbox.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import moodbox.camera.sim.SampleFaces;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;
import moodbox.image.PixelCorrelation;
import moodbox.vision.RobustnessSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderReaderTest {
    @TempDir
    Path dir;

    void image(String folder, String name, int w, int h, Color color) throws IOException {
        Path d = Files.createDirectories(dir.resolve(folder));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ImageIO.write(img, name.endsWith(".png") ? "png" : "jpg", d.resolve(name).toFile());
    }

    @Test
    void readsEmotionFoldersOfAnySizeAsGray48() throws IOException {
        image("happy", "a.png", 48, 48, Color.WHITE);
        image("Sad", "b.png", 96, 64, Color.BLACK);
        image("sad", "c.jpg", 30, 30, Color.GRAY);
        FaceDataset data = Datasets.load(dir, null, false);
        assertEquals(3, data.size());
        int[] counts = data.classCounts();
        assertEquals(1, counts[3]);
        assertEquals(2, counts[4]);
        assertEquals(48, data.image(0).width());
    }

    @Test
    void anUnknownFolderOrBrokenImageIsReported() throws IOException {
        image("happy", "a.png", 48, 48, Color.WHITE);
        Files.writeString(dir.resolve("happy/broken.png"), "not an image");
        MalformedDataException broken = assertThrows(MalformedDataException.class, () -> Datasets.load(dir, null, false));
        assertTrue(broken.getMessage().contains("broken.png"), broken.getMessage());
        assertEquals(1, Datasets.load(dir, null, true).skipped());

        Files.createDirectories(dir.resolve("bored"));
        MalformedDataException unknown = assertThrows(MalformedDataException.class, () -> Datasets.load(dir, null, true));
        assertTrue(unknown.getMessage().contains("bored"), unknown.getMessage());
    }

    @Test
    void aPhotosFaceIsFoundAndCutOutAsTheBoxDoesAndAFacelessPhotoIsUsedWholeAndSaidSo() throws IOException {
        List<RobustnessSet.LabelledFace> faces = new ArrayList<>();
        SampleFaces.load().forEach((emotion, list) -> list.forEach(face -> faces.add(new RobustnessSet.LabelledFace(face, emotion))));
        List<GrayImage> originals = new ArrayList<>();
        List<GrayImage> wholes = new ArrayList<>();
        int n = 0;
        for (RobustnessSet.Sample sample : RobustnessSet.of(faces)) {
            if (sample.condition() == RobustnessSet.Condition.UPRIGHT) {
                // one emotion folder per photo keeps the read order equal to the write order
                Path folder = Files.createDirectories(dir.resolve("photos").resolve(Emotion.values()[0].label()));
                ImageIO.write(toImage(sample.frame()), "png", folder.resolve(String.format("%02d.png", n++)).toFile());
                originals.add(faces.get(originals.size()).face());
                wholes.add(moodbox.emotion.FacePreprocessing.resize(sample.frame(), 48, 48));
            }
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        FaceDataset read = new ImageFolderReader(false, new PrintStream(console, true, StandardCharsets.UTF_8)).read(dir.resolve("photos"));
        assertEquals(20, read.size());
        int cutOut = 0;
        for (int i = 0; i < read.size(); i++) {
            // the crop is the face, framed as the box frames it (aligned by its landmarks), not the room around it
            if (PixelCorrelation.of(read.image(i), originals.get(i)) > PixelCorrelation.of(wholes.get(i), originals.get(i)) + 0.15) {
                cutOut++;
            }
        }
        assertTrue(cutOut >= 16, "only " + cutOut + " of 20 photos gave back their face");
        String note = console.toString(StandardCharsets.UTF_8);
        assertTrue(note.contains("20 of 20 images"), note);

        image("plain/happy", "wall.png", 320, 240, Color.GRAY);
        image("plain/happy", "crop.png", 48, 48, Color.WHITE);
        console.reset();
        FaceDataset plain = new ImageFolderReader(false, new PrintStream(console, true, StandardCharsets.UTF_8)).read(dir.resolve("plain"));
        assertEquals(2, plain.size());
        note = console.toString(StandardCharsets.UTF_8);
        assertTrue(note.contains("1 of 2 images") && note.contains("in 1 no face was found, so they were used whole") && note.contains("wall.png"), note);
    }

    private static BufferedImage toImage(GrayImage frame) {
        BufferedImage img = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setDataElements(0, 0, frame.width(), frame.height(), frame.pixels());
        return img;
    }
}
