package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.cli.LocalOfferCommand;
import org.localoffer.problem.Problem;
import org.localoffer.problem.ProblemsFoundException;
import org.localoffer.testing.OutputSnapshot;
import org.localoffer.testing.TestSite;

/**
 * Every way an editor can break a build: each gives path:line: error: ..., a non-zero exit,
 * and leaves the previous output exactly as it was.
 */
class BuildErrorsIT {

    @TempDir
    Path dir;
    TestSite site;
    Path out;
    Map<String, String> before;

    @BeforeEach
    void buildAGoodSiteFirst() throws Exception {
        site = TestSite.create(dir.resolve("site"));
        out = dir.resolve("out");
        new SiteBuilder().build(BuildRequest.production(site.root(), out));
        before = OutputSnapshot.of(out);
    }

    private List<String> failingBuild() throws Exception {
        ProblemsFoundException e = assertThrows(ProblemsFoundException.class,
                () -> new SiteBuilder().build(BuildRequest.production(site.root(), out)));
        assertEquals(before, OutputSnapshot.of(out), "the previous output must survive a failed build");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".localoffer-")), "no work folders left");
        }
        // Only the errors that stopped the build; check's warnings (statutory coverage, plain English) are tested elsewhere.
        return e.problems().sorted().stream().filter(Problem::isError).map(Problem::format).toList();
    }

    private static final String SLT = "content/services/speech-and-language-therapy.md";

    @Test
    void malformedYaml() throws Exception {
        site.write(SLT, TestSite.service("SLT", "").replace("summary: Help for children who find talking hard.",
                "summary: Help: for children [who find talking hard."));
        List<String> problems = failingBuild();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(SLT + ":4: error: this YAML cannot be read: "), problems.get(0));
    }

    @Test
    void unknownFrontMatterKey() throws Exception {
        site.write(SLT, TestSite.service("SLT", "").replace("cost: Free", "costs: Free"));
        List<String> problems = failingBuild();
        assertTrue(problems.contains(SLT + ":11: error: unknown key 'costs' in the front matter of a service page. "
                + "Did you mean 'cost'? Remove it or correct the spelling; allowed keys are: title, type, summary, status, "
                + "audience, co_produced_with, last_reviewed, review_by, statutory, changes, categories, needs, ages, areas, provider, "
                + "referral, cost, contact, opening, availability, waiting_times, waiting_target_weeks."), problems.toString());
        assertTrue(problems.contains(SLT + ":2: error: 'cost' is missing from the front matter of a service page. "
                + "Add a line 'cost: ...'."), problems.toString());
    }

    @Test
    void badDate() throws Exception {
        site.write(SLT, TestSite.service("SLT", "").replace("last_reviewed: 2026-09-01", "last_reviewed: 1/9/2026"));
        assertEquals(List.of(SLT + ":15: error: 'last_reviewed' is not a real date: '1/9/2026'. "
                + "Write the date as year-month-day, like 2026-09-01."), failingBuild());
    }

    @Test
    void missingTemplate() throws Exception {
        site.delete("templates/service.ftlh");
        assertEquals(List.of(SLT + ":3: error: there is no template for this page: templates/service.ftlh is missing. "
                + "Restore it from the repository, or change 'type' to one that has a template."), failingBuild());
    }

    @Test
    void brokenTemplate() throws Exception {
        site.write("templates/guide.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.frame>\n${page.nonsense()}\n</@layout.frame>\n");
        List<String> problems = failingBuild();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/guide.ftlh:3: error: the template failed: "), problems.get(0));
        assertTrue(problems.get(0).endsWith("(while making /guides/ehc-needs-assessment/)"), problems.get(0));
    }

    @Test
    void templateThatCannotBeParsed() throws Exception {
        // Templates are parsed on another thread while content is read; the mistake is still reported where it is.
        site.write("templates/guide.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.frame>\n<#if page.draft()>\n</@layout.frame>\n");
        List<String> problems = failingBuild();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("templates/guide.ftlh:4: error: the template cannot be read: Encountered \"</@layout.frame>\", but at"
                + " this place only this can be closed: \"#if\". This usually because of wrong nesting of FreeMarker"
                + " directives, like a missed or malformed end-tag somewhere. (Note that FreeMarker end-tags must have #"
                + " or @ after the / character.). Fix the FreeMarker syntax on this line. (while making"
                + " /guides/ehc-needs-assessment/)", problems.get(0));
    }

    @Test
    void linkToAMissingFile() throws Exception {
        site.write(SLT, TestSite.service("SLT", "\nSee [OT](occupational-therapy.md).\n"));
        assertEquals(List.of(SLT + ":28: error: the link 'occupational-therapy.md' goes to "
                + "content/services/occupational-therapy.md, which does not exist. Check the file name and folder."), failingBuild());
    }

    @Test
    void linkToAMissingHeading() throws Exception {
        site.write(SLT, TestSite.service("SLT", "").replace("#timeline", "#time-line"));
        assertEquals(List.of(SLT + ":26: error: the link goes to the heading #time-line in content/guides/ehc-needs-assessment.md, "
                + "but there is no heading with that id. Did you mean 'timeline'? Its headings are: #timeline, #who-can-ask."),
                failingBuild());
    }

    @Test
    void unsafeHtml() throws Exception {
        site.write(SLT, TestSite.service("SLT", "\n<img src=\"x.png\" alt=\"\" onerror=\"steal()\">\n"));
        assertEquals(List.of(SLT + ":28: error: the attribute onerror on <img> is not allowed and has been removed. "
                + "Remove it; pages cannot run scripts or set styles."), failingBuild());
    }

    @Test
    void badSiteSettings() throws Exception {
        site.write("site.yml", Files.readString(site.root().resolve("site.yml")).replace("base_url: https://", "base_url: "));
        assertEquals(List.of("site.yml:4: error: base_url 'localoffer.test.example.org' is not a web address. "
                + "Write the address the site will be published at, like https://localoffer.example.org."), failingBuild());
    }

    @Test
    void theCommandLineSaysTheSameAndExitsWithOne() throws Exception {
        site.write(SLT, TestSite.service("SLT", "").replace("last_reviewed: 2026-09-01", "last_reviewed: 2026-13-01"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = LocalOfferCommand.run("build", "--source", site.root().toString(), "--output", out.toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(1, code);
        String shown = err.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("\n" + SLT + ":15: error: 'last_reviewed' is not a real date: '2026-13-01'. "
                + "Write the date as year-month-day, like 2026-09-01.\n"), shown);
        assertTrue(shown.matches("(?s).*\n1 error and \\d+ warnings in \\d+ files\\.\n"
                + "The build stopped; the previous output has not been changed\\.\n"), shown);
        assertEquals(before, OutputSnapshot.of(out));
    }

    @Test
    void refusesToReplaceAFolderThatIsNotOurs() throws Exception {
        Path foreign = dir.resolve("documents");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("report.docx"), "keep me");
        ProblemsFoundException e = assertThrows(ProblemsFoundException.class,
                () -> new SiteBuilder().build(BuildRequest.production(site.root(), foreign)));
        assertTrue(e.problems().sorted().stream().filter(Problem::isError).findFirst().orElseThrow().format()
                .startsWith("output: error: " + foreign + " already holds files"));
        assertEquals("keep me", Files.readString(foreign.resolve("report.docx")));
    }

    @Test
    void twoFilesForOneAddress() throws Exception {
        site.write("content/services/speech-and-language-therapy/index.md", TestSite.service("SLT again", ""));
        List<String> problems = failingBuild();
        assertEquals("content/services/speech-and-language-therapy/index.md:1: error: this page and "
                + SLT + " would both be published at /services/speech-and-language-therapy/. Rename or move one of them.",
                problems.get(0));
    }

    @Test
    void aPageWhereTheSiteMakesItsOwn() throws Exception {
        site.write("content/glossary.md", "---\ntitle: Words\ntype: page\n---\nHi\n");
        assertEquals(List.of("content/glossary.md:1: error: this page would be published at /glossary/, where the site "
                + "makes its own 'Glossary: words and abbreviations explained' page. Rename or move this file."), failingBuild());
    }

    @Test
    void noHomePage() throws Exception {
        site.delete("content/index.md");
        assertEquals(List.of("content/index.md: error: the home page is missing. Create content/index.md with 'title:' and "
                + "'type: page' in its front matter and a short welcome below it."), failingBuild());
    }

    @Test
    void aFileThatIsNotUtf8() throws Exception {
        Files.write(site.root().resolve("content/about.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
        assertEquals(List.of("content/about.md: error: the file is not UTF-8 text. Save it as UTF-8 in your editor."), failingBuild());
    }

    @Test
    void noFrontMatter() throws Exception {
        site.write("content/about.md", "# About us\n");
        assertEquals(List.of("content/about.md:1: error: the file does not start with front matter. Put a line '---' first, "
                + "then 'title:' and 'type:' lines, then another '---' line."), failingBuild());
    }
}
