package org.localoffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localoffer.testing.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void helpListsEverySubcommandInOrder() {
        CommandRun r = run("--help");
        assertEquals(0, r.code(), r.err());
        int at = r.out().indexOf("Commands:\n");
        assertTrue(at > 0, r.out());
        for (String name : List.of("build", "check", "serve", "bench", "import", "new")) {
            int next = r.out().indexOf("\n  " + name + " ", at);
            assertTrue(next > at, name + " missing or out of order in:\n" + r.out());
            at = next;
        }
    }

    @Test
    void eachSubcommandIsSetUpByItsOwnName() {
        for (Class<?> subcommand : LocalOfferCommand.SUBCOMMANDS) {
            String name = LocalOfferCommand.name(subcommand);
            CommandRun r = run(name, "--help");
            assertEquals(0, r.code(), name + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: localoffer " + name + " "), r.out());
        }
        assertTrue(run("import", "--help").out().contains("  waiting-times  "));
    }

    @Test
    void aMisspeltSubcommandGetsASuggestion() {
        CommandRun r = run("biuld", "--source", ".");
        assertEquals(2, r.code());
        assertEquals("localoffer: Unmatched arguments from index 0: 'biuld', '--source', '.'\n"
                + "Did you mean: build?\nRun 'localoffer --help' for usage.\n", r.err());
    }

    @Test
    void aMissingSiteIsExplained(@TempDir Path dir) {
        CommandRun r = run("build", "--source", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("site.yml: error: there is no site.yml in " + dir
                + ". Run the command from the site folder, or give it with --source DIR."), r.err());
    }
}
