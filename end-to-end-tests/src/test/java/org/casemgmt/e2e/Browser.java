package org.casemgmt.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser on the console: Debian's Chromium, headless, driven through its chromedriver, with a profile of
 * its own (so each user signs in on their own). It reads the page as that person would: by labels, button texts and
 * what shows on screen.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /**
     * Long enough for a stage to hear another's event and the page to show it: moments, but the end-to-end tests before
     * the walk kill an instance of each stage, whose outbox claims hold its events until their lease runs out (30 s).
     */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ChromeDriver driver;
    private final URI console;
    private final Path screenshots;
    private final WebDriverWait wait;
    private final String username;

    private Browser(ChromeDriver driver, URI console, Path screenshots, String username) {
        this.driver = driver;
        this.username = username;
        this.console = console;
        this.screenshots = screenshots;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** A fresh browser, signed in at the console as {@code username} through the authorisation server's form. */
    static Browser signedIn(URI console, String username, String password, Path screenshots) {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Debian's chromium and chromium-driver are needed for the console's browser"
                    + " tests: bin/install-chromium (as root), or apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-GB", "--window-size=1366,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 1000));
        Browser browser = new Browser(driver, console, screenshots, username);
        try {
            browser.open("/");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(password);
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            browser.wait.until(ExpectedConditions.urlContains(console.getPath()));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
            return browser;
        } catch (RuntimeException | AssertionError signInFailed) {
            browser.saveForDiagnosis("failed-sign-in-" + username);
            browser.close();
            throw signInFailed;
        }
    }

    void open(String path) {
        driver.get(console.resolve(console.getPath() + path.replaceFirst("^/", "")).toString());
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The text of the page's main part, as the user reads it. */
    String mainText() {
        return driver.findElement(By.id("main")).getText();
    }

    /** Waits until the page (without reloading it) shows {@code text} in the element {@code cssSelector}. */
    void awaitText(String cssSelector, String text) {
        try {
            wait.until(readAgainIfReplaced(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text)));
        } catch (RuntimeException notShown) {
            saveForDiagnosis("failed-" + username + "-awaiting-" + text.replaceAll("[^A-Za-z0-9]+", "-"));
            throw notShown;
        }
    }

    /**
     * The condition, read once more when the element it found went with its page while being read (a form's answer
     * arriving): Chromium reports that as "Node with given id does not belong to the document", a plain
     * {@link WebDriverException}, where the condition expects a stale element.
     */
    private static <T> ExpectedCondition<T> readAgainIfReplaced(ExpectedCondition<T> condition) {
        return driver -> {
            try {
                return condition.apply(driver);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        };
    }

    /** Loads the page again until it shows {@code text} in {@code cssSelector}, as a user would press reload. */
    void awaitReloading(String cssSelector, String text) {
        String page = driver.getCurrentUrl();
        wait.until(driver -> {
            driver.navigate().to(page);
            return driver.findElements(By.cssSelector(cssSelector)).stream()
                    .anyMatch(element -> element.getText().contains(text));
        });
    }

    void fill(String fieldId, String value) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(value);
    }

    /** Sets a date field the way a user's date picker would: typed in the browser's own format. */
    void date(String fieldId, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(fieldId)), isoDate);
    }

    /** Picks a file for a file field, as the user's file chooser would: a file with this name and content. */
    void attach(String fieldId, String fileName, String content) {
        try {
            Path file = Files.createTempDirectory("console-upload").resolve(fileName);
            Files.writeString(file, content);
            driver.findElement(By.id(fieldId)).sendKeys(file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("could not write the file to upload", e);
        }
    }

    void choose(String selectId, String value) {
        new Select(driver.findElement(By.id(selectId))).selectByValue(value);
    }

    void tick(String checkboxId) {
        WebElement box = driver.findElement(By.id(checkboxId));
        if (!box.isSelected()) {
            click(driver.findElement(By.cssSelector("label[for='" + checkboxId + "']")));
        }
    }

    /** Opens the collapsed part of the page its summary names ({@code details} element {@code id}). */
    void expand(String detailsId) {
        WebElement details = driver.findElement(By.id(detailsId));
        if (details.getAttribute("open") == null) {
            click(details.findElement(By.tagName("summary")));
        }
    }

    /** Clicks the button or link with this text, within {@code cssSelector}. */
    void press(String cssSelector, String text) {
        WebElement scope = driver.findElement(By.cssSelector(cssSelector));
        WebElement target = scope.findElements(By.xpath(".//button | .//a")).stream()
                .filter(element -> element.getText().replaceAll("\\s+", " ").trim().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button or link '" + text + "' in " + cssSelector + ": "
                        + scope.getText()));
        click(target);
    }

    /** As a user would: scrolled to first, so that nothing (a sticky column, the window's edge) is in the way. */
    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** The id of the element that has the keyboard's focus, or an empty string. */
    String focusedId() {
        return driver.switchTo().activeElement().getDomAttribute("id") instanceof String id ? id : "";
    }

    List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    WebElement one(String cssSelector) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    void awaitUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /**
     * What a screen reader or keyboard user would miss on this page, by the WCAG rules a script can check: the page's
     * language and one h1; every form control with a label (its own, aria-label or aria-labelledby); every button and
     * link with a name; every aria-describedby pointing at something; ids unique; images named. Empty when none.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityFindings() {
        return (List<String>) driver.executeScript("""
                const found = [];
                const named = e => (e.getAttribute('aria-label') || '').trim() || e.getAttribute('aria-labelledby')
                    || (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]')) || e.closest('label');
                if (!document.documentElement.lang) found.push('the page has no language');
                if (document.querySelectorAll('h1').length !== 1) found.push('the page has not exactly one h1');
                document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(e => {
                  if (!named(e)) found.push('a ' + e.tagName.toLowerCase() + ' without a label: ' + (e.name || e.id));
                });
                document.querySelectorAll('button, a[href]').forEach(e => {
                  if (!(e.textContent || '').trim() && !(e.getAttribute('aria-label') || '').trim())
                    found.push('a ' + e.tagName.toLowerCase() + ' without a name');
                });
                document.querySelectorAll('[aria-describedby]').forEach(e => {
                  if (e.getAttribute('aria-invalid') === 'true'
                      && !document.getElementById(e.getAttribute('aria-describedby')))
                    found.push('an invalid field whose message is missing: ' + e.id);
                });
                const ids = new Set();
                document.querySelectorAll('[id]').forEach(e => { if (ids.has(e.id)) found.push('duplicate id ' + e.id); ids.add(e.id); });
                document.querySelectorAll('img:not([alt]), svg[role=img]:not([aria-label])').forEach(e => found.push('an image without a name'));
                return found;
                """);
    }

    /** The whole page as a PNG under the screenshots folder, the tests' artefacts. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            driver.executeScript("window.scrollTo(0, 0)");
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(1366, (int) Math.min(Math.max(height, 800), 4000)));
            Path target = screenshots.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new Dimension(1366, 1000));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("could not save the screenshot " + name, e);
        }
    }

    /** The page as shown and its HTML, for a failed test: never fails itself. */
    void saveForDiagnosis(String name) {
        try {
            screenshot(name);
            Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource());
        } catch (RuntimeException | IOException e) {
            System.err.println("could not save " + name + " for diagnosis: " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
