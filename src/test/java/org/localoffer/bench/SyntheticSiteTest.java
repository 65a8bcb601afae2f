package org.localoffer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.SourceDates;
import org.localoffer.testing.TestSite;

class SyntheticSiteTest {

    @Test
    void theGeneratedSiteIsCommittedSoThatItsPagesAreDatedFromGit(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        SyntheticSite.write(TestSite.REPO, site, 3);
        SyntheticSite.commit(site);

        try (Git git = Git.open(site.toFile())) {
            assertTrue(git.status().call().isClean(), "everything is committed");
            assertEquals(1, countCommits(git), "one commit holds the whole site");
        }
        // Old file times: a page dated from its file would show 2001; dated from git it shows the commit's day.
        Set<String> pages = Set.of("content/index.md", "content/services/" + SyntheticSite.name(0) + ".md");
        for (String page : pages) {
            Files.setLastModifiedTime(site.resolve(page), FileTime.from(Instant.parse("2001-01-01T12:00:00Z")));
        }
        Map<String, LocalDate> dates = new SourceDates(ZoneOffset.UTC).lastUpdated(site, pages);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String page : pages) {
            assertTrue(!dates.get(page).isBefore(today.minusDays(1)), page + " dated " + dates.get(page));
        }
    }

    private static int countCommits(Git git) throws Exception {
        int n = 0;
        for (var ignored : git.log().call()) {
            n++;
        }
        return n;
    }
}
