package moodbox.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
}
