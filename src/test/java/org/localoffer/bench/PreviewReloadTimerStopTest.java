package org.localoffer.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Chromium's helper processes must be gone before its profile folder is deleted. */
class PreviewReloadTimerStopTest {

    @Test
    void stopsTheProcessAndEveryProcessItStarted() throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "sleep 60 & sleep 60 & wait").start();
        List<ProcessHandle> children = List.of();
        for (int i = 0; i < 100 && children.size() < 2; i++) {
            Thread.sleep(20);
            children = shell.toHandle().descendants().toList();
        }
        assertTrue(children.size() >= 2, "the shell started its two sleeps");
        PreviewReloadTimer.stop(shell.toHandle());
        assertTrue(shell.waitFor(5, TimeUnit.SECONDS));
        for (ProcessHandle child : children) {
            assertFalse(child.isAlive(), "a helper process outlived the stop: " + child.pid());
        }
    }
}
