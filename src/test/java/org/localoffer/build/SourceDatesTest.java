package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDatesTest {

    private static PersonIdent at(String isoDate) {
        return new PersonIdent("Editor", "editor@example.org",
                Date.from(Instant.parse(isoDate + "T12:00:00Z")), TimeZone.getTimeZone("UTC"));
    }

    private static void touch(Path file, String isoDate) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(isoDate + "T12:00:00Z")));
    }

    @Test
    void datesEachFileByItsLastCommitAndFallsBackToTheFileTime(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("content"));
        try (Git git = Git.init().setDirectory(site.toFile()).setInitialBranch("main").call()) {
            Files.writeString(site.resolve("content/a.md"), "first");
            Files.writeString(site.resolve("content/b.md"), "first");
            git.add().addFilepattern("content").call();
            git.commit().setMessage("Add pages").setAuthor(at("2026-03-04")).setCommitter(at("2026-03-04")).setSign(false).call();
            Files.writeString(site.resolve("content/b.md"), "second");
            git.add().addFilepattern("content/b.md").call();
            git.commit().setMessage("Edit b").setAuthor(at("2026-05-06")).setCommitter(at("2026-05-06")).setSign(false).call();
        }
        Files.writeString(site.resolve("content/a.md"), "edited, not yet committed");
        touch(site.resolve("content/a.md"), "2026-07-08");
        Files.writeString(site.resolve("content/c.md"), "new, not in git");
        touch(site.resolve("content/c.md"), "2026-08-09");
        Files.writeString(site.resolve("content/d.md"), "d");
        try (Git git = Git.open(site.toFile())) {
            git.add().addFilepattern("content/d.md").call();
            git.commit().setMessage("Add d").setAuthor(at("2026-06-01")).setCommitter(at("2026-06-01")).setSign(false).call();
        }

        Map<String, LocalDate> dates = new SourceDates(ZoneOffset.UTC)
                .lastUpdated(site, Set.of("content/a.md", "content/b.md", "content/c.md", "content/d.md"));

        assertEquals(LocalDate.of(2026, 7, 8), dates.get("content/a.md"), "changed since its commit: the file time");
        assertEquals(LocalDate.of(2026, 5, 6), dates.get("content/b.md"), "the newest commit that changed it");
        assertEquals(LocalDate.of(2026, 8, 9), dates.get("content/c.md"), "never committed: the file time");
        assertEquals(LocalDate.of(2026, 6, 1), dates.get("content/d.md"));
    }

    @Test
    void usesFileTimesOutsideARepository(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/a.md"), "a");
        touch(site.resolve("content/a.md"), "2026-02-03");
        assertEquals(Map.of("content/a.md", LocalDate.of(2026, 2, 3)),
                new SourceDates(ZoneOffset.UTC).lastUpdated(site, Set.of("content/a.md")));
    }

    @Test
    void datesEveryMarkdownFileUnderContentInTheBackground(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("content/services"));
        Files.createDirectories(site.resolve("content/data"));
        Files.writeString(site.resolve("content/index.md"), "home");
        Files.writeString(site.resolve("content/services/a.md"), "a");
        Files.writeString(site.resolve("content/data/glossary.yml"), "not a page");
        Files.writeString(site.resolve("content/services/leaflet.pdf"), "not a page");
        touch(site.resolve("content/index.md"), "2026-02-03");
        touch(site.resolve("content/services/a.md"), "2026-04-05");

        Map<String, LocalDate> dates = new SourceDates(ZoneOffset.UTC).startForContent(site).get();

        assertEquals(Map.of("content/index.md", LocalDate.of(2026, 2, 3),
                "content/services/a.md", LocalDate.of(2026, 4, 5)), dates);
    }

    @Test
    void aSiteWithoutContentHasNoDates(@TempDir Path site) throws Exception {
        assertEquals(Map.of(), new SourceDates(ZoneOffset.UTC).startForContent(site).get());
    }
}
