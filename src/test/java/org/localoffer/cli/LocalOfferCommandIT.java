package org.localoffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localoffer.testing.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.testing.TestSite;
import org.localoffer.testing.CommandRun;

class LocalOfferCommandIT {

    @Test
    void buildsASiteAndSaysWhere(@TempDir Path dir) {
        TestSite site = TestSite.create(dir.resolve("site"));
        CommandRun r = run("build", "--source", site.root().toString(), "--output", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Built 40 pages (3 from content, 37 made by the site) into " + dir.resolve("out")), r.out());
        assertTrue(Files.exists(dir.resolve("out/index.html")));
    }

    @Test
    void buildsIntoTheOutputFolderNamedInSiteYml(@TempDir Path dir) {
        TestSite site = TestSite.create(dir.resolve("site"));
        assertEquals(0, run("build", "--source", site.root().toString()).code());
        assertTrue(Files.exists(site.root().resolve("output/index.html")));
    }

    @Test
    void checkReportsProblemsWithoutWriting(@TempDir Path dir) {
        TestSite site = TestSite.create(dir.resolve("site"));
        site.write("content/about.md", "---\ntitle: About\ntype: pag\n---\n");
        CommandRun r = run("check", "--source", site.root().toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("content/about.md:3: error: type 'pag' is not a page type. Did you mean 'page'? "
                + "Use one of service, guide, news, page.\n"), r.out());
        assertTrue(r.out().matches("(?s).*\nStatutory coverage \\(content/data/statutory.yml\\):\n.*"), r.out());
        assertTrue(r.out().endsWith("\n1 error and 19 warnings in 2 files.\n"), r.out());
        assertTrue(Files.notExists(site.root().resolve("output")));
    }

    @Test
    void checkPassesTheDemonstrationSite() {
        CommandRun r = run("check", "--source", TestSite.REPO.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("  19 of 19 items covered.\n"), r.out());
        assertTrue(r.out().matches("(?s).*\n0 errors and \\d+ warnings in \\d+ files\\.\n"), r.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        CommandRun r = run("build", "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("localoffer: Unknown option: '--frobnicate'"), r.err());
        assertEquals(2, run().code());
    }

    @Test
    void aMissingSiteIsExplained(@TempDir Path dir) {
        CommandRun r = run("build", "--source", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("site.yml: error: there is no site.yml in " + dir
                + ". Run the command from the site folder, or give it with --source DIR."), r.err());
    }
}
