package moodbox.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import moodbox.config.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The settings page in Debian's headless Chromium, driven by Selenium against the real server. */
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
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
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
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "maxVolume"));
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
