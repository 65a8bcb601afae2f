package org.localoffer.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWatcherTest {

    @Test
    void noticesNewEditedAndDeletedFilesOnce(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/a.md"), "one");
        ChangeWatcher watcher = new ChangeWatcher(site);
        assertFalse(watcher.changed());
        Files.writeString(site.resolve("content/b.md"), "two");
        assertTrue(watcher.changed());
        assertFalse(watcher.changed());
        Files.writeString(site.resolve("content/a.md"), "one, longer now");
        assertTrue(watcher.changed());
        Files.delete(site.resolve("content/b.md"));
        assertTrue(watcher.changed());
    }
}
