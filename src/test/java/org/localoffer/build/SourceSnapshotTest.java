package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSnapshotTest {

    @TempDir
    Path site;

    private void write(String path, String text) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void tellsAddedRemovedAndModifiedFilesApartAndIgnoresEverythingElse() throws Exception {
        write("site.yml", "area_name: Testshire\n");
        write("content/a.md", "A");
        write("content/b.md", "B");
        write("templates/page.ftlh", "<p>");
        write("output/index.html", "built, not a source");
        SourceSnapshot before = SourceSnapshot.of(site);

        write("content/a.md", "A, longer");
        Files.delete(site.resolve("content/b.md"));
        write("content/c.md", "C");
        write("output/index.html", "built again");
        SourceSnapshot.Changes changes = SourceSnapshot.of(site).changesSince(before);

        assertEquals(Set.of("content/a.md"), changes.modified());
        assertEquals(Set.of("content/b.md"), changes.removed());
        assertEquals(Set.of("content/c.md"), changes.added());
    }

    @Test
    void aNewTimeAloneIsAChangeAndNoChangeIsEmpty() throws Exception {
        write("templates/page.ftlh", "<p>");
        SourceSnapshot before = SourceSnapshot.of(site);
        assertTrue(SourceSnapshot.of(site).changesSince(before).isEmpty());

        Path file = site.resolve("templates/page.ftlh");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        assertEquals(Set.of("templates/page.ftlh"), SourceSnapshot.of(site).changesSince(before).modified());
    }
}
