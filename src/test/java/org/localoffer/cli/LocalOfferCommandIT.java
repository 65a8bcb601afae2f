package org.localoffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.testing.TestSite;

class LocalOfferCommandIT {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = LocalOfferCommand.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void buildsASiteAndSaysWhere(@TempDir Path dir) {
        TestSite site = TestSite.create(dir.resolve("site"));
        Run r = run("build", "--source", site.root().toString(), "--output", dir.resolve("out").toString());
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
        Run r = run("check", "--source", site.root().toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("content/about.md:3: error: type 'pag' is not a page type. Did you mean 'page'? "
                + "Use one of service, guide, news, page.\n"), r.out());
        assertTrue(r.out().matches("(?s).*\nStatutory coverage \\(content/data/statutory.yml\\):\n.*"), r.out());
        assertTrue(r.out().endsWith("\n1 error and 19 warnings in 2 files.\n"), r.out());
        assertTrue(Files.notExists(site.root().resolve("output")));
    }

    @Test
    void checkPassesTheDemonstrationSite() {
        Run r = run("check", "--source", TestSite.REPO.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("  19 of 19 items covered.\n"), r.out());
        assertTrue(r.out().matches("(?s).*\n0 errors and \\d+ warnings in \\d+ files\\.\n"), r.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run r = run("build", "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("localoffer: Unknown option: '--frobnicate'"), r.err());
        assertEquals(2, run().code());
    }

    @Test
    void aMissingSiteIsExplained(@TempDir Path dir) {
        Run r = run("build", "--source", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("site.yml: error: there is no site.yml in " + dir
                + ". Run the command from the site folder, or give it with --source DIR."), r.err());
    }
}
