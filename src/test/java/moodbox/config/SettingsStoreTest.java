package moodbox.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import moodbox.testing.Disks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private SettingsStore open() throws Exception {
        return new SettingsStore(dir.resolve("config"), new Random(7));
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) throws Exception {
        return SettingsJson.MAPPER.readTree(text);
    }

    @Test
    void firstStartWritesDefaultsWithAGeneratedPinReadableOnlyByTheOwner() throws Exception {
        SettingsStore store = open();
        String pin = store.current().web().pin();
        assertTrue(pin.matches("\\d{6}"), pin);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())));
        assertTrue(Files.readString(store.file()).contains("\"" + pin + "\""));
        assertEquals(pin, open().current().web().pin(), "the PIN must survive a restart");
        assertTrue(store.problem().isEmpty());
    }

    @Test
    void updateSavesKeepsThePreviousVersionAndTellsListeners() throws Exception {
        SettingsStore store = open();
        byte[] before = Files.readAllBytes(store.file());
        List<Settings> heard = new ArrayList<>();
        store.onChange(heard::add);
        store.update(json("{\"maxVolume\": 60}"));
        assertEquals(60, store.current().volume().maxVolume());
        assertEquals(60, heard.get(0).volume().maxVolume());
        assertEquals(60, open().current().volume().maxVolume());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("config/settings.json.previous")));
        assertFalse(Files.exists(dir.resolve("config/settings.json.tmp")));
    }

    @Test
    void aBadChangeSavesNothingAndNotifiesNoOne() throws Exception {
        SettingsStore store = open();
        byte[] before = Files.readAllBytes(store.file());
        List<Settings> heard = new ArrayList<>();
        store.onChange(heard::add);
        assertThrows(InvalidSettingException.class, () -> store.update(json("{\"maxVolume\": 20, \"policy\": \"loud\"}")));
        assertArrayEquals(before, Files.readAllBytes(store.file()));
        assertEquals(80, store.current().volume().maxVolume());
        assertTrue(heard.isEmpty());
    }

    @Test
    void aCorruptFileIsReportedKeptAndTheLastGoodVersionUsed() throws Exception {
        SettingsStore store = open();
        store.update(json("{\"maxVolume\": 70}"));
        store.update(json("{\"maxVolume\": 65}"));
        String pin = store.current().web().pin();
        Files.writeString(store.file(), "{\"maxVolume\": 6");          // a torn write
        SettingsStore reopened = open();
        assertEquals(70, reopened.current().volume().maxVolume());
        assertEquals(pin, reopened.current().web().pin());
        assertTrue(reopened.problem().orElseThrow().contains("corrupt"), reopened.problem().toString());
        assertEquals("{\"maxVolume\": 6", Files.readString(dir.resolve("config/settings.json.corrupt")));
        assertEquals(70, open().current().volume().maxVolume(), "the file is repaired from the good version");
    }

    @Test
    void bothFilesBrokenGivesFactorySettingsAndSaysSo() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("settings.json"), "");
        Files.writeString(config.resolve("settings.json.previous"), "{\"maxVolume\": 500, \"pin\": \"111111\"}");
        SettingsStore store = open();
        assertEquals(80, store.current().volume().maxVolume());
        assertTrue(store.problem().orElseThrow().contains("maxVolume"), store.problem().toString());
    }

    // Issue 13, fault 9: a newer or hand-edited file loads; a corrupt one stays reported.

    @Test
    void aFileWithFieldsThisVersionDoesNotKnowLoadsAndKeepsThemWhenSaving() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("settings.json"),
                "{\"pin\": \"246810\", \"maxVolume\": 55, \"nightMode\": {\"from\": \"22:00\"}, \"theme\": \"dark\"}");
        SettingsStore store = open();
        assertEquals("246810", store.current().web().pin(), "never a reset to a new PIN");
        assertEquals(55, store.current().volume().maxVolume());
        assertTrue(store.problem().isEmpty(), store.problem().toString());
        assertFalse(Files.exists(config.resolve("settings.json.corrupt")));
        store.update(json("{\"maxVolume\": 60}"));
        com.fasterxml.jackson.databind.JsonNode saved = SettingsJson.MAPPER.readTree(Files.readString(store.file()));
        assertEquals("22:00", saved.path("nightMode").path("from").asText(), "a newer version's settings survive a save");
        assertEquals("dark", saved.path("theme").asText());
        assertEquals(60, saved.path("maxVolume").asInt());
    }

    @Test
    void aByteOrderMarkCommentsAndATrailingCommaFromAnEditorAreFine() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("settings.json"),
                "\uFEFF{\n  // set by hand\n  \"pin\": \"135790\",\n  \"policy\": \"lift\",\n}\n");
        SettingsStore store = open();
        assertEquals("135790", store.current().web().pin());
        assertEquals(Policy.LIFT, store.current().music().policy());
        assertTrue(store.problem().isEmpty(), store.problem().toString());
    }

    @Test
    void aValueThatIsNotValidIsIgnoredAndReportedWhileTheRestLoads() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("settings.json"), "{\"pin\": \"246810\", \"maxVolume\": 500, \"policy\": \"lift\"}");
        SettingsStore store = open();
        assertEquals("246810", store.current().web().pin());
        assertEquals(Policy.LIFT, store.current().music().policy());
        assertEquals(80, store.current().volume().maxVolume());
        assertTrue(store.problem().orElseThrow().contains("maxVolume"), store.problem().toString());
    }

    @Test
    void aCorruptFileStaysReportedAtTheNextStartUntilTheSettingsAreSaved() throws Exception {
        SettingsStore store = open();
        store.update(json("{\"maxVolume\": 70}"));
        store.update(json("{\"maxVolume\": 65}"));
        Files.writeString(store.file(), "{\"maxVolume\": 6");
        assertTrue(open().problem().orElseThrow().contains("corrupt"));
        SettingsStore again = open();
        assertEquals(70, again.current().volume().maxVolume());
        assertTrue(again.problem().orElseThrow().contains("corrupt"), "the next start still says so: " + again.problem());
        again.update(json("{\"maxVolume\": 72}"));
        assertTrue(again.problem().isEmpty(), again.problem().toString());
        assertTrue(open().problem().isEmpty(), "saving the settings clears the notice");
        assertEquals("{\"maxVolume\": 6", Files.readString(dir.resolve("config/settings.json.corrupt.seen")), "the broken file is kept");
    }

    // Issue 13, fault 6: a full or read-only disk never stops the box.

    @Test
    void onAFullDiskACorruptFileFallsBackInMemoryAndSaysSo() throws Exception {
        Path disk = dir.resolve("disk");
        try (Disks.Mount tmpfs = Disks.smallTmpfs(disk, "64k")) {
            Path config = disk.resolve("config");
            SettingsStore store = new SettingsStore(config, new Random(7));
            store.update(json("{\"maxVolume\": 70}"));
            store.update(json("{\"maxVolume\": 65}"));
            String pin = store.current().web().pin();
            Files.writeString(store.file(), "{\"maxVolume\": 6");
            try (Disks.Mount broken = tmpfs != null ? null : Disks.readOnly(config)) {
                if (tmpfs != null) {
                    Disks.fill(disk);
                }
                SettingsStore reopened = new SettingsStore(config, new Random(7));
                assertEquals(70, reopened.current().volume().maxVolume(), "the last good settings, in memory");
                assertEquals(pin, reopened.current().web().pin());
                String problem = reopened.problem().orElseThrow();
                assertTrue(problem.contains("corrupt") && problem.contains("in memory")
                        && problem.contains(tmpfs != null ? "No space left on device" : "ermission denied"), problem);
                List<String> told = new ArrayList<>();
                reopened.onProblem(() -> told.add(reopened.problem().orElse("")));
                IOException e = assertThrows(IOException.class, () -> reopened.update(json("{\"maxVolume\": 50}")));
                assertTrue(told.size() == 1 && told.get(0).contains("cannot be saved"), "the screen is told: " + told);
                assertTrue(e.getMessage().contains("could not be saved"), e.getMessage());
                assertEquals(70, reopened.current().volume().maxVolume(), "nothing changed");
            }
        }
    }

    @Test
    void onAReadOnlyFolderTheSettingsLoadAndTheProblemSaysChangesCannotBeSaved() throws Exception {
        SettingsStore first = open();
        first.update(json("{\"maxVolume\": 70}"));
        Path config = dir.resolve("config");
        try (Disks.Mount ro = Disks.readOnly(config)) {
            SettingsStore store = open();
            assertEquals(70, store.current().volume().maxVolume());
            assertEquals(first.current().web().pin(), store.current().web().pin());
            assertTrue(store.problem().orElseThrow().contains("read-only"), store.problem().toString());
            Files.writeString(dir.resolve("ignored"), "");
        }
    }

    @Test
    void aCorruptFileOnAReadOnlyFolderUsesThePreviousVersionInMemory() throws Exception {
        SettingsStore store = open();
        store.update(json("{\"maxVolume\": 70}"));
        store.update(json("{\"maxVolume\": 65}"));
        Files.writeString(store.file(), "{\"maxVolume\": 6");
        try (Disks.Mount ro = Disks.readOnly(dir.resolve("config"))) {
            SettingsStore reopened = open();
            assertEquals(70, reopened.current().volume().maxVolume());
            String problem = reopened.problem().orElseThrow();
            assertTrue(problem.contains("corrupt") && problem.contains("in memory"), problem);
        }
        assertTrue(open().problem().orElseThrow().contains("corrupt"), "still reported once the folder is writable again");
    }

    @Test
    void settingsThatAreAFolderDoNotStopTheBox() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config/settings.json/inside"));
        SettingsStore store = open();
        assertTrue(store.current().web().pin().matches("\\d{6}"));
        String problem = store.problem().orElseThrow();
        assertTrue(problem.contains("in memory"), problem);
        assertTrue(Files.isDirectory(config), "nothing of the owner's is deleted");
    }
}
