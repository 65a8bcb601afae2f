package org.localoffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localoffer.testing.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.SiteBuilder;
import org.localoffer.problem.Problem;
import org.localoffer.testing.TestSite;
import org.localoffer.testing.CommandRun;

class CheckAndNewCommandIT {

    private static Path broken(Path dir) throws Exception {
        Path site = dir.resolve("broken");
        org.localoffer.check.BrokenSiteCheckIT.copyBrokenSite(site);
        return site;
    }

    @Test
    void checkPrintsFindingsThenTheCoverageTableThenASummary(@TempDir Path dir) throws Exception {
        CommandRun r = run("check", "--source", broken(dir).toString());
        assertEquals(1, r.code());
        List<String> lines = r.lines();
        assertTrue(lines.contains("content/links.md:5:11: warning: the link text 'click here' does not say where the link "
                + "goes. Write words that make sense on their own, like [apply for school transport](address)."), r.out());
        assertTrue(lines.contains("  complaints (Schedule 2, paragraph 17): not covered"), r.out());
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ errors and \\d+ warnings in \\d+ files\\."), r.out());
    }

    @Test
    void checkPrintsGithubAnnotations(@TempDir Path dir) throws Exception {
        CommandRun r = run("check", "--source", broken(dir).toString(), "--format", "github");
        assertEquals(1, r.code());
        List<String> lines = r.lines();
        assertTrue(lines.contains("::warning file=content/headings.md,line=9,col=1::the heading 'Skipped' is level 4 but "
                + "comes after a level 2 heading, so it skips a level. Write it as '### Skipped'."), r.out());
        assertTrue(lines.contains("::error file=content/links.md,line=11::the link 'nothing.md' goes to content/nothing.md, "
                + "which does not exist. Check the file name and folder."), r.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Statutory coverage")), r.out());
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ errors and \\d+ warnings in \\d+ files\\."), r.out());
    }

    @Test
    void aWrongFormatIsAUsageError(@TempDir Path dir) {
        assertEquals(2, run("check", "--source", dir.toString(), "--format", "xml").code());
    }

    @Test
    void newWritesADraftThatPassesCheckAndNeverOverwrites(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        String today = LocalDate.now().toString();
        for (String[] kind : new String[][] {{"service", "services/school-nursing.md"}, {"guide", "guides/school-nursing.md"},
                {"news", "news/" + today.substring(0, 7) + "-school-nursing.md"}}) {
            CommandRun r = run("new", kind[0], "School nursing", "--source", site.root().toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("Wrote content/" + kind[1] + ". It is a draft: replace the example text, check each setting, "
                    + "then change 'status: draft' to 'status: published'.\n", r.out());
            Path file = site.root().resolve("content/" + kind[1]);
            String text = Files.readString(file);
            assertTrue(text.contains(today), text);
            assertTrue(text.contains("title: \"School nursing\"\ntype: " + kind[0] + "\n"), text);
            // Published, the new page still has no errors of its own.
            Files.writeString(file, text.replace("status: draft", "status: published"));
            List<Problem> own = new SiteBuilder().check(site.root()).sorted().stream()
                    .filter(p -> p.path().equals("content/" + kind[1]) && p.isError()).toList();
            assertEquals(List.of(), own);

            CommandRun again = run("new", kind[0], "School nursing", "--source", site.root().toString());
            assertEquals(1, again.code());
            assertEquals("content/" + kind[1] + ": error: this file already exists, and new never replaces a file. "
                    + "Choose a different title, or edit the file that is there.\n", again.err());
            Files.delete(file); // the next kind reuses the title
        }
        assertEquals(0, run("check", "--source", site.root().toString()).code());
    }

    @Test
    void newSaysWhenThereIsNoSite(@TempDir Path dir) {
        CommandRun r = run("new", "service", "Anything", "--source", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("site.yml: error: there is no site.yml in " + dir), r.err());
    }
}
