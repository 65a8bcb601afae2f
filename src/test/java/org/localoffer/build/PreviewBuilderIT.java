package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.problem.ProblemsFoundException;
import org.localoffer.testing.TestSite;

/** The preview redoes only what an edit affects, and the result is what a whole build would give. */
class PreviewBuilderIT {

    @TempDir
    Path temp;

    TestSite site;
    Path output;
    PreviewBuilder preview;

    @BeforeEach
    void firstBuild() throws Exception {
        site = TestSite.create(temp.resolve("source"));
        site.write("content/services/occupational-therapy.md", TestSite.service("Occupational therapy", ""));
        output = temp.resolve("output");
        preview = new PreviewBuilder(new SiteBuilder(), site.root(), output);
        PreviewBuilder.Outcome first = preview.rebuild();
        assertTrue(first.whole());
    }

    /** Writes a file and moves its time on, so the edit is seen however coarse the file system's clock is. */
    private void edit(String path, String text) throws Exception {
        site.write(path, text);
        Path file = site.root().resolve(path);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(output.resolve(path)));
    }

    @Test
    void anEditToAPagesTextRebuildsOnlyThatPage() throws Exception {
        Path other = output.resolve("services/occupational-therapy/index.html");
        FileTime otherBefore = Files.getLastModifiedTime(other);
        edit("content/services/speech-and-language-therapy.md", TestSite.service("Speech and language therapy",
                "Sessions now also run on Saturdays."));

        PreviewBuilder.Outcome outcome = preview.rebuild();

        assertFalse(outcome.whole());
        assertEquals(List.of("content/services/speech-and-language-therapy.md"), outcome.rebuiltPages());
        assertTrue(page("services/speech-and-language-therapy/index.html").text().contains("Sessions now also run on Saturdays."));
        assertEquals(otherBefore, Files.getLastModifiedTime(other));
        // The page keeps its glossary marks and resolved links, as in a whole build.
        Document slt = page("services/speech-and-language-therapy/index.html");
        assertEquals("/guides/ehc-needs-assessment/#timeline", slt.select("main a[href*=timeline]").attr("href"));
        assertFalse(slt.select("main abbr").isEmpty());
    }

    @Test
    void theSearchIndexCatchesUpAfterTheReload() throws Exception {
        edit("content/services/speech-and-language-therapy.md", TestSite.service("Speech and language therapy",
                "Ask about the xylophone club."));
        preview.rebuild();
        preview.refreshSearch();
        try (var files = Files.walk(output.resolve("search"))) {
            assertTrue(files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.readString(f).contains("xylophon");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    @Test
    void anEditToFrontMatterRebuildsEverything() throws Exception {
        edit("content/services/speech-and-language-therapy.md", TestSite.service("Speech therapy for children", ""));

        PreviewBuilder.Outcome outcome = preview.rebuild();

        assertTrue(outcome.whole());
        assertTrue(page("services/a-z/index.html").text().contains("Speech therapy for children"));
    }

    @Test
    void anEditThatChangesAHeadingOthersLinkToRebuildsEverything() throws Exception {
        String guide = Files.readString(site.root().resolve("content/guides/ehc-needs-assessment.md"));
        edit("content/guides/ehc-needs-assessment.md", guide.replace("{#timeline}", ""));

        ProblemsFoundException e = assertThrows(ProblemsFoundException.class, preview::rebuild);

        // The service links to #timeline, which no longer exists: the whole build finds it.
        assertTrue(e.problems().sorted().stream().anyMatch(p -> p.path().equals("content/services/speech-and-language-therapy.md")
                && p.message().contains("timeline")), e.problems().sorted().toString());
    }

    @Test
    void aBrokenEditIsReportedAndFixingItRecovers() throws Exception {
        edit("content/services/speech-and-language-therapy.md", TestSite.service("Speech and language therapy",
                "See [the missing page](missing.md)."));

        ProblemsFoundException e = assertThrows(ProblemsFoundException.class, preview::rebuild);
        assertTrue(e.problems().sorted().stream().anyMatch(p -> p.message().contains("missing.md")));
        assertFalse(page("services/speech-and-language-therapy/index.html").text().contains("missing page"));

        edit("content/services/speech-and-language-therapy.md", TestSite.service("Speech and language therapy",
                "See [the guide](../guides/ehc-needs-assessment.md)."));
        PreviewBuilder.Outcome fixed = preview.rebuild();

        assertFalse(fixed.whole());
        assertTrue(page("services/speech-and-language-therapy/index.html").text().contains("See the guide"));
    }

    @Test
    void warningsAboutOtherFilesAndSiteWideFindingsSurviveAnEdit() throws Exception {
        var before = preview.rebuild().result().warnings().sorted();
        edit("content/services/occupational-therapy.md", TestSite.service("Occupational therapy", "A short extra line."));

        var after = preview.rebuild().result().warnings().sorted();

        assertEquals(before.stream().filter(p -> !p.path().equals("content/services/occupational-therapy.md")).toList(),
                after.stream().filter(p -> !p.path().equals("content/services/occupational-therapy.md")).toList());
        assertFalse(after.isEmpty());
    }

    @Test
    void thePreviewPanelShowsTheEditedPagesNewFindings() throws Exception {
        String longSentence = "This sentence goes on and on " + "and on and on ".repeat(12) + "until it ends.";
        edit("content/services/occupational-therapy.md", TestSite.service("Occupational therapy", longSentence));

        preview.rebuild();

        String panel = page("services/occupational-therapy/index.html").select(".preview-panel").text();
        assertTrue(panel.toLowerCase().contains("sentence"), panel);
    }

    @Test
    void anEditToOneTemplateRebakesOnlyThePagesMadeWithIt() throws Exception {
        Path guide = output.resolve("guides/ehc-needs-assessment/index.html");
        FileTime guideBefore = Files.getLastModifiedTime(guide);
        String template = Files.readString(site.root().resolve("templates/service.ftlh"));
        edit("templates/service.ftlh", template.replace("Find similar services", "Services like this one"));

        PreviewBuilder.Outcome outcome = preview.rebuild();

        assertFalse(outcome.whole());
        assertEquals(List.of("/services/occupational-therapy/", "/services/speech-and-language-therapy/"),
                outcome.rebuiltPages().stream().sorted().toList());
        assertTrue(page("services/occupational-therapy/index.html").text().contains("Services like this one"));
        assertEquals(guideBefore, Files.getLastModifiedTime(guide));
    }

    @Test
    void anEditToTheLayoutRebakesEveryPageButReadsNoContent() throws Exception {
        String layout = Files.readString(site.root().resolve("templates/layout.ftlh"));
        edit("templates/layout.ftlh", layout.replace("Skip to main content", "Skip to the main content"));

        PreviewBuilder.Outcome outcome = preview.rebuild();

        assertFalse(outcome.whole());
        assertTrue(outcome.rebuiltPages().contains("/services/a-z/"));
        assertTrue(page("guides/ehc-needs-assessment/index.html").text().contains("Skip to the main content"));
    }

    @Test
    void anEditToAStaticFileIsCopied() throws Exception {
        Path css = site.root().resolve("templates/static/assets/css");
        String name;
        try (var files = Files.list(css)) {
            name = files.filter(f -> f.toString().endsWith(".css")).findFirst().orElseThrow().getFileName().toString();
        }
        edit("templates/static/assets/css/" + name, Files.readString(css.resolve(name)) + "\n/* edited */\n");

        PreviewBuilder.Outcome outcome = preview.rebuild();

        assertFalse(outcome.whole());
        assertTrue(Files.readString(output.resolve("assets/css/" + name)).contains("/* edited */"));
    }

    @Test
    void settingsAndNewFilesRebuildEverything() throws Exception {
        edit("content/services/physiotherapy.md", TestSite.service("Physiotherapy", ""));
        assertTrue(preview.rebuild().whole());
        assertTrue(page("services/a-z/index.html").text().contains("Physiotherapy"));

        String settings = Files.readString(site.root().resolve("site.yml"));
        edit("site.yml", settings.replace("Testshire SEND Local Offer", "Testshire Local Offer"));
        assertTrue(preview.rebuild().whole());
        assertTrue(page("index.html").text().contains("Testshire Local Offer"));
    }
}
