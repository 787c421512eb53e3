package moodbox.camera.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;

/** The FER2013 sample faces shipped in the jar for the synthetic scene (see faces/README.md there). */
public final class SampleFaces {
    private static final String DIR = "faces/";

    private SampleFaces() {
    }

    /** Faces by emotion; every emotion has at least one. */
    public static Map<Emotion, List<GrayImage>> load() {
        Map<Emotion, List<GrayImage>> faces = new EnumMap<>(Emotion.class);
        try (BufferedReader index = new BufferedReader(new InputStreamReader(resource("faces.txt"),
                StandardCharsets.UTF_8))) {
            String name;
            while ((name = index.readLine()) != null) {
                if (name.isBlank()) {
                    continue;
                }
                Emotion emotion = Emotion.fromLabel(name.substring(0, name.indexOf('-')));
                try (InputStream png = resource(name.strip())) {
                    faces.computeIfAbsent(emotion, e -> new ArrayList<>())
                            .add(OpenCvImages.decode(png.readAllBytes(), name));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the sample faces in the jar cannot be read: " + e.getMessage(), e);
        }
        return faces;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleFaces.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IOException("missing resource " + DIR + name);
        }
        return in;
    }
}
