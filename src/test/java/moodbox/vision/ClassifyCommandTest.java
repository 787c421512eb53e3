package moodbox.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import moodbox.camera.sim.SyntheticScene;
import moodbox.cli.Args;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;
import moodbox.image.opencv.OpenCvImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
    private static final Map<Emotion, List<GrayImage>> FACES = NearestFaceClassifier.oneFacePerEmotion();

    @TempDir
    Path dir;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    @Test
    void writesOneJsonLinePerImageAndGoesOnAfterBadFiles() throws Exception {
        Path sad = writePng("sad-person.png", scene(Emotion.SAD));
        Path wall = writePng("wall.png", new GrayImage(320, 240, new byte[320 * 240]));
        Path broken = Files.writeString(dir.resolve("broken.jpg"), "not a picture");
        Path missing = dir.resolve("missing.jpg");

        int exit = run("--model", "some/model", "--json", sad.toString(), wall.toString(), broken.toString(),
                missing.toString());

        List<JsonNode> lines = jsonLines();
        assertEquals(1, exit, "a file failed");
        assertEquals(4, lines.size());
        JsonNode face = lines.get(0);
        assertEquals(sad.toString(), face.get("file").asText());
        assertTrue(face.get("face").asBoolean());
        assertEquals(4, face.get("box").size());
        assertEquals("yunet", face.get("detector").asText());
        assertEquals(5, face.get("landmarks").size(), "five [x, y] landmarks");
        assertEquals(2, face.get("landmarks").get(0).size());
        assertEquals("Sad", face.get("emotion").asText());
        assertEquals(7, face.get("probabilities").size());
        double sum = 0;
        for (JsonNode p : face.get("probabilities")) {
            sum += p.asDouble();
        }
        assertEquals(1.0, sum, 1e-3);
        assertEquals(false, lines.get(1).get("face").asBoolean());
        assertTrue(lines.get(1).get("box").isNull());
        assertTrue(lines.get(1).get("landmarks").isNull());
        assertTrue(lines.get(1).get("emotion").isNull());
        assertTrue(lines.get(2).get("error").asText().contains("not a readable image"));
        assertTrue(lines.get(3).get("error").asText().contains("no such file"));
    }

    @Test
    void findsTheFaceInARealPhoto() throws Exception {
        Path photo = FaceTestPhotos.photo("227943776_1.jpg");
        assertEquals(0, run("--model", "m", "--json", photo.toString()));
        JsonNode line = jsonLines().get(0);
        assertTrue(line.get("face").asBoolean());
        int x = line.get("box").get(0).asInt();
        assertTrue(x > 80 && x < 160, "face box " + line.get("box"));
    }

    @Test
    void theHaarCascadeIsTheFallbackAndGivesNoLandmarks() throws Exception {
        Path photo = FaceTestPhotos.photo("227943776_1.jpg");
        assertTrue(Files.isReadable(FaceDetectorSettings.DEBIAN_CASCADE), "needs Debian's opencv-data");
        assertEquals(0, run("--model", "m", "--json", "--detector", "haar", photo.toString()));
        JsonNode line = jsonLines().get(0);
        assertEquals("haar", line.get("detector").asText());
        assertTrue(line.get("face").asBoolean());
        assertTrue(line.get("landmarks").isNull());
    }

    @Test
    void printsAReadableLineWithoutJson() throws Exception {
        Path happy = writePng("happy.png", scene(Emotion.HAPPY));
        assertEquals(0, run("--model", "m", happy.toString()));
        String text = stdout.toString(StandardCharsets.UTF_8).strip();
        assertTrue(text.matches(".*happy\\.png: [A-Z][a-z]+ [01]\\.\\d\\d \\(face at \\[\\d+, \\d+, \\d+, \\d+\\]\\)"), text);
    }

    @Test
    void needsAtLeastOneImage() {
        assertThrows(Args.UsageException.class, () -> run("--model", "m"));
    }

    /** A 640×480 scene with one shipped sample face of that emotion. */
    private static GrayImage scene(Emotion emotion) {
        return new SyntheticScene(FACES, List.of(SyntheticScene.show(emotion, 10)), 640, 480, 5)
                .render(Duration.ofSeconds(2));
    }

    private Path writePng(String name, GrayImage image) throws Exception {
        return Files.write(dir.resolve(name), OpenCvImages.encodePng(image));
    }

    private int run(String... words) throws Exception {
        ClassifyCommand command = new ClassifyCommand(model -> new NearestFaceClassifier(FACES),
                new PrintStream(stdout, true, StandardCharsets.UTF_8));
        return command.run(Args.parse(List.of(words), Set.of("--json")));
    }

    private List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }
}
