package moodbox.household;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import moodbox.emotion.Emotion;
import moodbox.image.GrayImage;
import moodbox.testing.Disks;
import moodbox.training.Datasets;
import moodbox.training.FaceDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionStoreTest {
    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock();

    static GrayImage face(int seed) {
        byte[] px = new byte[48 * 48];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (i * 31 + seed * 17);
        }
        return new GrayImage(48, 48, px);
    }

    @Test
    void aSavedLookComesBackWithItsCropsLabelsAndTimeAfterReopening() throws Exception {
        CorrectionStore store = new CorrectionStore(dir.resolve("corrections"), 10, clock);
        Correction saved = store.add(Emotion.SAD, Emotion.NEUTRAL, List.of(face(1), face(2), face(3)));
        Correction back = new CorrectionStore(dir.resolve("corrections"), 10, clock).all().get(0);
        assertEquals(saved.id(), back.id());
        assertEquals(saved.time(), back.time());
        assertEquals(Emotion.SAD, back.shown());
        assertEquals(Emotion.NEUTRAL, back.corrected());
        assertEquals(3, back.faces().size());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(face(i + 1).pixels(), back.faces().get(i).pixels(), "crop " + i + " is stored losslessly");
        }
    }

    @Test
    void theOldestLooksAreDroppedBeyondTheCapAndALookKeepsAtMostEightCrops() throws Exception {
        CorrectionStore store = new CorrectionStore(dir, 3, clock);
        List<GrayImage> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(face(i));
        }
        for (Emotion e : List.of(Emotion.ANGRY, Emotion.FEAR, Emotion.HAPPY, Emotion.SAD, Emotion.SURPRISE)) {
            store.add(Emotion.NEUTRAL, e, many);
        }
        List<Correction> kept = store.all();
        assertEquals(List.of(Emotion.HAPPY, Emotion.SAD, Emotion.SURPRISE), kept.stream().map(Correction::corrected).toList());
        assertEquals(CorrectionStore.MAX_FACES_PER_LOOK, kept.get(0).faces().size());
    }

    @Test
    void forgetAllDeletesEveryLook() throws Exception {
        CorrectionStore store = new CorrectionStore(dir, 10, clock);
        store.add(Emotion.SAD, Emotion.HAPPY, List.of(face(1)));
        store.add(Emotion.SAD, Emotion.ANGRY, List.of(face(2)));
        assertEquals(2, store.forgetAll());
        assertEquals(List.of(), store.all());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "no face crop is left on the disk");
        }
    }

    @Test
    void exportWritesTheLayoutAdaptReads() throws Exception {
        CorrectionStore store = new CorrectionStore(dir.resolve("store"), 10, clock);
        store.add(Emotion.SAD, Emotion.HAPPY, List.of(face(1), face(2)));
        store.add(Emotion.HAPPY, Emotion.FEAR, List.of(face(3)));
        assertEquals(3, CorrectionStore.export(store.all(), dir.resolve("export")));
        FaceDataset data = Datasets.load(dir.resolve("export"), null, false);
        assertEquals(3, data.size());
        assertEquals(2, data.classCounts()[Emotion.HAPPY.index()]);
        assertEquals(1, data.classCounts()[Emotion.FEAR.index()]);
    }

    @Test
    void aDamagedLookIsLeftOutNotDeleted() throws Exception {
        CorrectionStore store = new CorrectionStore(dir, 10, clock);
        Correction good = store.add(Emotion.SAD, Emotion.HAPPY, List.of(face(1)));
        Correction bad = store.add(Emotion.SAD, Emotion.ANGRY, List.of(face(2)));
        Files.writeString(dir.resolve(bad.id()).resolve("0.png"), "not a png");
        assertEquals(List.of(good.id()), store.all().stream().map(Correction::id).toList());
        assertTrue(Files.exists(dir.resolve(bad.id())));
    }

    @Test
    void onAReadOnlyFolderSavingFailsClearlyAndTheSavedLooksStay() throws Exception {
        Path folder = dir.resolve("corrections");
        CorrectionStore store = new CorrectionStore(folder, 10, clock);
        Correction first = store.add(Emotion.SAD, Emotion.HAPPY, List.of(face(1)));
        try (Disks.Mount ro = Disks.readOnly(folder)) {
            CorrectionStoreException e = assertThrows(CorrectionStoreException.class,
                    () -> store.add(Emotion.SAD, Emotion.ANGRY, List.of(face(2))));
            assertTrue(e.getMessage().contains("could not be saved") && e.getMessage().contains("saved before are kept")
                    && e.getMessage().contains(ro.real() ? "Read-only file system" : "ermission denied"), e.getMessage());
            assertEquals(List.of(first.id()), store.all().stream().map(Correction::id).toList());
        }
        assertEquals(1, store.all().size());
    }

    @Test
    void onAFullDiskSavingFailsClearlyAndLeavesNoHalfLookBehind() throws Exception {
        Path disk = dir.resolve("disk");
        try (Disks.Mount tmpfs = Disks.smallTmpfs(disk, "256k")) {
            Path folder = disk.resolve("corrections");
            CorrectionStore store = new CorrectionStore(folder, 10, clock);
            Correction first = store.add(Emotion.SAD, Emotion.HAPPY, List.of(face(1)));
            try (Disks.Mount fallback = tmpfs != null ? null : Disks.readOnly(folder)) {
                if (tmpfs != null) {
                    Disks.fill(disk);
                }
                CorrectionStoreException e = assertThrows(CorrectionStoreException.class,
                        () -> store.add(Emotion.SAD, Emotion.ANGRY, List.of(face(2), face(3))));
                assertTrue(e.getMessage().contains(tmpfs != null ? "No space left on device" : "ermission denied"), e.getMessage());
                List<Correction> kept = store.all();
                assertEquals(List.of(first.id()), kept.stream().map(Correction::id).toList());
                assertArrayEquals(face(1).pixels(), kept.get(0).faces().get(0).pixels());
                try (var children = Files.list(folder)) {
                    assertEquals(1, children.count(), "only the saved look, no half-written one");
                }
            }
        }
    }

    /** A clock one second further on each time it is read. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T20:00:00Z");

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
