package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.problem.Problem;
import org.localoffer.problem.ProblemsFoundException;
import org.localoffer.testing.TestSite;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** "What's changed", its Atom feeds, change notes in front matter and "Last updated". */
class ChangeFeedsIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SLT = "content/services/speech-and-language-therapy.md";

    private static String withChanges(String changes) {
        return TestSite.service("Speech and language therapy", "")
                .replace("review_by: 2027-03-01\n", "review_by: 2027-03-01\nchanges:\n" + changes);
    }

    @Test
    void changesAreListedNewestFirstWithAtomFeedsForTheSiteAndEachCategory(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        site.write(SLT, withChanges("""
                  - date: 2026-10-01
                    note: "A new clinic & longer hours in North Testshire."
                  - {date: 2026-11-05, note: "Saturday appointments start."}
                """));
        Path out = dir.resolve("out");
        new SiteBuilder().build(BuildRequest.production(site.root(), out));

        org.jsoup.nodes.Document page = Jsoup.parse(out.resolve("whats-changed/index.html").toFile());
        assertEquals(List.of("Saturday appointments start.", "A new clinic & longer hours in North Testshire."),
                page.select("main ol li p:not(.meta)").eachText());
        assertEquals("/whats-changed/feed.xml",
                page.selectFirst("head link[rel=alternate][type=application/atom+xml]").attr("href"));
        assertTrue(page.select("main a[href=/whats-changed/health/feed.xml]").text().startsWith("Subscribe to changes in "));

        Document feed = xml(out.resolve("whats-changed/feed.xml"));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("https://localoffer.test.example.org/whats-changed/feed.xml", text(root, "id"));
        assertEquals("2026-11-05T00:00:00Z", text(root, "updated"));
        Element first = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals("https://localoffer.test.example.org/services/speech-and-language-therapy/#change-2026-11-05",
                text(first, "id"));
        assertEquals("Saturday appointments start.", text(first, "summary"));

        Document health = xml(out.resolve("whats-changed/health/feed.xml"));
        assertEquals(2, health.getElementsByTagNameNS(ATOM, "entry").getLength());
        assertNotNull(xml(out.resolve("whats-changed/education/feed.xml")));

        String today = LocalDate.now().toString();
        org.jsoup.nodes.Document service = Jsoup.parse(out.resolve("services/speech-and-language-therapy/index.html").toFile());
        assertEquals(today, service.selectFirst(".page-reviewed time").attr("datetime"),
                "outside git, Last updated is the file's modified date");
        assertTrue(service.selectFirst(".page-reviewed").text().startsWith("Last updated "));
    }

    @Test
    void changeNotesAreCheckedWithTheirLines(@TempDir Path dir) {
        TestSite site = TestSite.create(dir.resolve("site"));
        site.write(SLT, withChanges("""
                  - date: 2026-10-32
                    note: "Not a real day."
                  - date: 2026-10-01
                  - {date: 2026-10-02, note: "Fine.", when: today}
                """));
        ProblemsFoundException e = assertThrows(ProblemsFoundException.class,
                () -> new SiteBuilder().build(BuildRequest.production(site.root(), dir.resolve("out"))));
        assertEquals(List.of(
                SLT + ":18: error: 'date' is not a real date: '2026-10-32'. Write the date as year-month-day, like 2026-09-01.",
                SLT + ":20: error: 'note' is missing from this change. Add a line 'note: ...'.",
                SLT + ":21: error: unknown key 'when' in a change. Remove it or correct the spelling; "
                        + "allowed keys are: date, note."),
                e.problems().sorted().stream().filter(Problem::isError).map(Problem::format).toList());
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
