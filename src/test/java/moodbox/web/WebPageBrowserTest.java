package moodbox.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import moodbox.emotion.Emotion;
import moodbox.state.UnusableFile;
import moodbox.config.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The settings page in Debian's headless Chromium, driven by Selenium against the real server, at phone
 * (390×844) and laptop (1366×768) size. Layout is checked with {@code getBoundingClientRect}; every wait is
 * for a state of the page, never a fixed time.
 */
class WebPageBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    @TempDir
    Path dir;
    TestServer t;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "needs Debian's chromium and chromium-driver (.ci/apt-packages.txt installs them)");
        t = new TestServer(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(390, 844));     // a phone
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (t != null) {
            t.close();
        }
    }

    private void enterPin(String pin) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pin")));
        field.clear();
        field.sendKeys(pin);
        browser.findElement(By.id("login-button")).click();
    }

    @Test
    void logsInChangesASettingAndRefusesAWrongPin() throws Exception {
        browser.get(t.base() + "/");
        enterPin(t.pin().equals("000000") ? "111111" : "000000");
        wait.until(ExpectedConditions.textToBe(By.id("login-error"), "Wrong PIN"));
        assertTrue(browser.findElement(By.id("app")).getAttribute("hidden") != null, "settings stay hidden");

        enterPin(t.pin());
        WebElement maxVolume = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("maxVolume")));
        wait.until(ExpectedConditions.textToBe(By.id("mood"), "Happy"));
        assertEquals("80", maxVolume.getAttribute("value"));
        maxVolume.clear();
        maxVolume.sendKeys("55");
        browser.findElement(By.cssSelector("input[name=policy][value=lift]")).click();
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("save-status"), "Saved"));
        assertEquals(55, t.store.current().volume().maxVolume());
        assertEquals(Policy.LIFT, t.store.current().music().policy());

        maxVolume.clear();
        maxVolume.sendKeys("150");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("save-status"), "Maximum volume must be from 0 to 100, not 150"));
        assertTrue(maxVolume.getAttribute("class").contains("invalid"));
        assertEquals(55, t.store.current().volume().maxVolume(), "the bad value was not saved");

        browser.navigate().refresh();
        WebElement reloaded = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("maxVolume")));
        wait.until(ExpectedConditions.attributeToBe(reloaded, "value", "55"));
        Path shot = Path.of("target", "screenshots", "web-phone.png");
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(390, 3400));   // the whole page, for people to look at
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot.resolveSibling("web-phone-full.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension LAPTOP = new Dimension(1366, 768);

    /** Keeps a screenshot for people to look at (target/screenshots). */
    private void shot(String name) throws java.io.IOException {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Opens the page logged in (entering the PIN unless the session is still open). */
    private void logIn() {
        browser.get(t.base() + "/");
        wait.until(d -> d.findElement(By.id("pin")).isDisplayed() || d.findElement(By.id("maxVolume")).isDisplayed());
        if (browser.findElement(By.id("pin")).isDisplayed()) {
            enterPin(t.pin());
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("maxVolume")));
        wait.until(ExpectedConditions.textToBe(By.id("mood"), "Happy"));
    }

    @Test
    void logOutIsHiddenOnTheLoginScreenAndShownOnceLoggedIn() {
        browser.get(t.base() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pin")));
        assertFalse(browser.findElement(By.id("logout")).isDisplayed(), "no Log out before logging in");
        enterPin(t.pin());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pin")));
        assertFalse(browser.findElement(By.id("logout")).isDisplayed(), "no Log out after logging out");
    }

    @Test
    void theLedTestAndTheRescanSayWhenTheyAreDoneAndTheRescanListsTheFilesItCouldNotUse() {
        logIn();
        browser.findElement(By.id("test-leds")).click();
        wait.until(ExpectedConditions.textToBe(By.id("led-status"), "Testing the LEDs…"));
        t.box.finishLedTest();
        wait.until(ExpectedConditions.textToBe(By.id("led-status"), "LED test done"));
        wait.until(ExpectedConditions.textToBe(By.id("led-status"), ""));

        browser.findElement(By.id("rescan")).click();
        wait.until(ExpectedConditions.textToBe(By.id("rescan-status"), "Rescanning the music…"));
        t.box.finishScan(309, List.of(new UnusableFile("/media/STICK/broken.mp3", "not a sound file"),
                new UnusableFile("/media/STICK/cut.flac", "cut short")));
        wait.until(ExpectedConditions.textToBe(By.id("rescan-status"),
                "Rescan finished: 309 songs; 2 files could not be used (listed below)"));
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unusable")));
        assertEquals(List.of("/media/STICK/broken.mp3: not a sound file", "/media/STICK/cut.flac: cut short"),
                list.findElements(By.tagName("li")).stream().map(WebElement::getText).toList());
        wait.until(ExpectedConditions.textToBe(By.id("rescan-status"), ""));
        assertTrue(list.isDisplayed(), "the files stay listed after the message cleared");
    }

    @Test
    void theNowPlayingCardPausesSkipsAndSetsTheVolumeWithinTheMaximum() {
        logIn();
        WebElement playPause = wait.until(ExpectedConditions.elementToBeClickable(By.id("play-pause")));
        wait.until(ExpectedConditions.textToBe(By.id("play-pause"), "Pause"));
        playPause.click();
        wait.until(ExpectedConditions.textToBe(By.id("play-pause"), "Play"));
        assertTrue(browser.findElement(By.id("track")).getText().endsWith("(paused)"));
        playPause.click();
        wait.until(ExpectedConditions.textToBe(By.id("play-pause"), "Pause"));
        browser.findElement(By.id("skip")).click();
        wait.until(d -> t.box.skips.get() == 1);
        WebElement volume = browser.findElement(By.id("volume"));
        assertEquals(String.valueOf(FakeBox.MAX_VOLUME), volume.getAttribute("max"), "the slider stops at the maximum volume");
        js("const v = arguments[0]; v.value = 70; v.dispatchEvent(new Event('change'));", volume);
        wait.until(d -> t.box.status().volume() == 70);
    }

    @Test
    void theCrossfadeIsASettingOnThePageAndABadValueIsExplained() {
        logIn();
        WebElement crossfade = browser.findElement(By.id("crossfade"));
        assertEquals("0", crossfade.getAttribute("value"));
        crossfade.clear();
        crossfade.sendKeys("12");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("save-status"), "Crossfade (seconds) must be from 0 to 10, not 12"));
        assertTrue(crossfade.getAttribute("class").contains("invalid"));
        crossfade.clear();
        crossfade.sendKeys("4");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("save-status"), "Saved"));
        assertEquals(4, t.store.current().playback().crossfadeSeconds());
    }

    /** WCAG contrast of two CSS colours "rgb(r, g, b)". */
    private static final String CONTRAST = """
            const lum = (c) => { const [r, g, b] = c.match(/[0-9.]+/g).slice(0, 3).map(Number).map((v) => {
              v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
            """;

    /** The worst contrast of any bar or legend dot against the card: the better of its fill and its outline. */
    private double worstChartContrast() {
        return ((Number) js(CONTRAST + """
                const card = getComputedStyle(document.querySelector('#history')).backgroundColor;
                let worst = 99;
                document.querySelectorAll('#chart rect.bar').forEach((r) => {
                  const s = getComputedStyle(r);
                  const outline = parseFloat(s.strokeWidth) > 0 && s.stroke !== 'none' ? contrast(s.stroke, card) : 1;
                  worst = Math.min(worst, Math.max(contrast(s.fill, card), outline));
                });
                document.querySelectorAll('#legend .swatch').forEach((d) => {
                  const s = getComputedStyle(d);
                  const ring = s.boxShadow.startsWith('rgb') ? contrast(s.boxShadow, card) : 1;
                  worst = Math.min(worst, Math.max(contrast(s.backgroundColor, card), ring));
                });
                return worst;""")).doubleValue();
    }

    @Test
    void theHistoryChartShowsCountsAnAxisAndEveryMoodVisiblyInBothColourSchemes() throws Exception {
        for (int i = 0; i < 3; i++) {
            t.history.recordMood(Emotion.NEUTRAL, 0.9);
        }
        t.history.recordMood(Emotion.HAPPY, 0.8);
        t.history.recordMood(Emotion.HAPPY, 0.8);
        logIn();
        wait.until(d -> !d.findElements(By.cssSelector("#chart rect.bar[data-emotion=Neutral]")).isEmpty());
        assertEquals(List.of("5"), browser.findElements(By.cssSelector("#chart text.count")).stream()
                .map(e -> e.getAttribute("textContent")).toList(), "today's count above its bar");
        List<String> ticks = browser.findElements(By.cssSelector("#chart text.tick")).stream().map(e -> e.getAttribute("textContent")).toList();
        assertTrue(ticks.contains("0") && ticks.contains("5"), "a count axis from 0 to the most: " + ticks);
        assertEquals(2, browser.findElements(By.cssSelector("#chart line.axis")).size());
        assertTrue(worstChartContrast() >= 3, "light: every mood stands out from the card, white Neutral too: " + worstChartContrast());
        browser.findElement(By.cssSelector("#sections a[href='#history']")).click();
        shot("web-phone-history-light.png");

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        wait.until(d -> ((Boolean) js("return matchMedia('(prefers-color-scheme: dark)').matches")));
        assertTrue(worstChartContrast() >= 3, "dark: every mood stands out from the card: " + worstChartContrast());
        shot("web-phone-history-dark.png");
    }

    @Test
    void theSectionBarReachesEverySectionOnAPhoneAndALaptop() {
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            logIn();
            WebElement nav = browser.findElement(By.id("sections"));
            assertTrue(nav.isDisplayed(), "section bar at " + size);
            for (WebElement link : nav.findElements(By.tagName("a"))) {
                String target = link.getAttribute("href").replaceAll(".*#", "");
                link.click();
                wait.until(d -> (Boolean) js("""
                        const t = document.getElementById(arguments[0]).getBoundingClientRect();
                        const nav = document.getElementById('sections').getBoundingClientRect();
                        const page = document.getElementById('scroller');
                        const atEnd = Math.ceil(page.scrollTop + page.clientHeight) >= page.scrollHeight - 1;
                        return t.top >= nav.bottom - 1 && (t.top <= nav.bottom + 40 || atEnd) && t.top < innerHeight;""", target));
            }
        }
    }

    @Test
    void noControlIsHiddenUnderTheSaveBarOrTheSectionBarWhenScrolledTo() throws Exception {
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            logIn();
            @SuppressWarnings("unchecked")
            List<String> covered = (List<String>) js("""
                    const bar = document.querySelector('.savebar');
                    const nav = document.getElementById('sections');
                    const covered = [];
                    document.getElementById('scroller').scrollTo(0, 0);
                    document.querySelectorAll('#settings button, #settings input, #settings select, #settings textarea').forEach((c) => {
                      if (bar.contains(c) || c.offsetParent === null) return;
                      c.scrollIntoView({ block: 'nearest' });
                      const r = c.getBoundingClientRect(); const b = bar.getBoundingClientRect(); const n = nav.getBoundingClientRect();
                      if (r.bottom > b.top + 0.5 || r.top < n.bottom - 0.5) covered.push((c.id || c.dataset.field || c.name) + ' ' + r.top + '-' + r.bottom);
                    });
                    [...document.querySelectorAll('#settings button')].reverse().forEach((c) => {
                      if (bar.contains(c)) return;
                      c.scrollIntoView({ block: 'nearest' });
                      const r = c.getBoundingClientRect(); const n = nav.getBoundingClientRect();
                      if (r.top < n.bottom - 0.5) covered.push(c.id + ' under the section bar');
                    });
                    return covered;""");
            assertEquals(List.of(), covered, "controls covered at " + size);
            shot("web-" + size.width + "x" + size.height + ".png");
        }
    }

    @Test
    void theOwnerSeesTheFacesOfTheLastLookAndCorrectsItThenForgetsAll() throws Exception {
        byte[] px = new byte[48 * 48];
        java.util.Arrays.fill(px, (byte) 120);
        t.box.looks.add(new moodbox.household.DecidedLook("look-7", java.time.Instant.parse("2025-06-10T11:59:00Z"),
                moodbox.emotion.Emotion.HAPPY, java.util.List.of(new moodbox.image.GrayImage(48, 48, px)), java.util.Optional.empty()));
        browser.get(t.base() + "/");
        enterPin(t.pin());
        WebElement face = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#looks img")));
        wait.until(d -> Long.valueOf(48).equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth;", face)));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#looks select"))).selectByValue("Sad");
        wait.until(ExpectedConditions.textToBe(By.id("looks-status"), "Thanks: kept as Sad."));
        assertEquals(java.util.List.of("look-7=Sad"), t.box.corrections);

        browser.findElement(By.id("forget-corrections")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("looks-status"), "Forgot 1 corrected looks."));
        assertEquals(java.util.List.of(), t.box.corrections);
    }
}
