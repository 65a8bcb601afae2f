package org.localoffer.browser;

import java.io.File;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver. Both executables are named explicitly,
 * so Selenium Manager is never asked to find (or download) a browser or a driver.
 */
final class Chromium {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    static final Dimension DESKTOP = new Dimension(1280, 1024);
    static final Dimension PHONE = new Dimension(390, 844);

    /**
     * Selenium looks for DevTools bindings matching the browser's version and warns when it has none; these
     * tests use only ChromeDriver's own CDP command endpoint, which needs no bindings. Held so it is not
     * garbage-collected with its level.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private Chromium() {
    }

    /** What a test needs from the browser. */
    record Settings(boolean javaScript, boolean browserLog) {
        static Settings standard() {
            return new Settings(true, false);
        }
    }

    static ChromeDriver start(Settings settings) {
        System.setProperty("SE_AVOID_STATS", "true");
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        File browser = new File(BROWSER);
        File driver = new File(DRIVER);
        if (!browser.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("The browser tests need " + BROWSER + " and " + DRIVER
                    + " (sudo apt-get install chromium chromium-driver)");
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        if (!settings.javaScript()) {
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("profile.managed_default_content_settings.javascript", 2);
            options.setExperimentalOption("prefs", prefs);
        }
        if (settings.browserLog()) {
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
        }

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    /** Quits the browser (and its driver) if it was started; never hides the test's own failure. */
    static void quit(ChromeDriver chrome) {
        if (chrome != null) {
            try {
                chrome.quit();
            } catch (RuntimeException e) {
                System.err.println("Could not quit Chromium: " + e);
            }
        }
    }
}
