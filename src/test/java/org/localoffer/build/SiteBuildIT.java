package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.testing.TestSite;

/** Builds small inline sites end to end through jbake and inspects the HTML. */
class SiteBuildIT {

    @TempDir
    Path dir;

    private Document page(Path out, String file) throws Exception {
        return Jsoup.parse(out.resolve(file).toFile(), "UTF-8");
    }

    @Test
    void bakesCleanUrlsWithResolvedLinksAndGlossaryMarkup() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        Path out = dir.resolve("out");
        BuildResult result = new SiteBuilder().build(BuildRequest.production(site.root(), out));

        assertEquals(3, result.contentPages());
        Document service = page(out, "services/speech-and-language-therapy/index.html");
        assertEquals(1, service.select("h1").size());
        assertEquals("Speech and language therapy", service.selectFirst("main h1").text());
        assertEquals("Speech and language therapy - Testshire SEND Local Offer", service.title());
        assertEquals("en-GB", service.selectFirst("html").attr("lang"));
        assertEquals("#main-content", service.selectFirst("a.skip-link").attr("href"));
        assertEquals("/guides/ehc-needs-assessment/#timeline", service.selectFirst("main .prose a").attr("href"));
        List<Element> abbrs = service.select("main .prose abbr");
        assertEquals(1, abbrs.size(), "only the first SALT is marked");
        assertEquals("Speech and language therapy", abbrs.get(0).attr("title"));
        assertEquals("Waiting list", service.selectFirst(".tag--waiting-list").text());
        assertEquals("tel:01004960231", service.selectFirst(".contact-list a[href^=tel]").attr("href"));
        assertTrue(service.selectFirst(".page-reviewed").text().contains("Last reviewed 1 September 2026"));
        assertTrue(service.selectFirst(".banner--demo").text().contains("Testshire is not a real place"));
        assertEquals("/services/", service.select("nav.breadcrumbs a").get(1).attr("href"));

        Document guide = page(out, "guides/ehc-needs-assessment/index.html");
        assertEquals("timeline", guide.selectFirst("h2#timeline").id());
        assertEquals("Education, health and care plan", guide.selectFirst("main .prose abbr").attr("title"));

        Document home = page(out, "index.html");
        assertEquals("Testshire SEND Local Offer", home.title());
        assertEquals("/services/speech-and-language-therapy/", home.selectFirst("main .prose a").attr("href"));
    }

    @Test
    void makesBrowsePagesAToZGlossarySitemapRobotsAnd404() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        Path out = dir.resolve("out");
        new SiteBuilder().build(BuildRequest.production(site.root(), out));

        Document health = page(out, "services/category/health/index.html");
        assertEquals("Health", health.selectFirst("main h1").text());
        assertEquals("/services/speech-and-language-therapy/", health.selectFirst(".service-list a").attr("href"));
        Document south = page(out, "services/area/south/index.html");
        assertEquals("Services in South Testshire", south.selectFirst("main h1").text());
        assertEquals(1, south.select(".service-list__item").size());
        Document adults = page(out, "services/age/young-adults/index.html");
        assertEquals(1, adults.select(".service-list__item").size(), "0 to 19 overlaps 16 to 25");
        Document az = page(out, "services/a-z/index.html");
        assertEquals("S", az.selectFirst("main h2").text());
        Document glossary = page(out, "glossary/index.html");
        assertEquals(List.of("EHCP: Education, health and care plan", "SALT: Speech and language therapy"),
                glossary.select("dl.glossary dt").eachText());
        assertTrue(Files.readString(out.resolve("sitemap.xml"))
                .contains("<loc>https://localoffer.test.example.org/services/speech-and-language-therapy/</loc>"));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://localoffer.test.example.org/sitemap.xml\n",
                Files.readString(out.resolve("robots.txt")));
        assertEquals("Page not found", page(out, "404.html").selectFirst("main h1").text());
        assertTrue(Files.readString(out.resolve("assets/css/brand.css")).contains("--brand: #1d4f91;"));
        assertTrue(Files.exists(out.resolve("assets/css/site.css")));
        assertTrue(Files.exists(out.resolve(OutputFolder.MARKER)));
    }

    @Test
    void leavesDraftsOutOfProductionAndShowsThemInPreview() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        site.write("content/services/secret.md", TestSite.service("Secret service", "").replace("status", "x")
                .replace("review_by: 2027-03-01\n", "review_by: 2027-03-01\nstatus: draft\n"));
        Path out = dir.resolve("out");
        new SiteBuilder().build(BuildRequest.production(site.root(), out));
        assertFalse(Files.exists(out.resolve("services/secret")));
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("-draft")), "no jbake draft files");
        }
        assertFalse(Files.readString(out.resolve("services/a-z/index.html")).contains("Secret service"));

        Path preview = dir.resolve("preview");
        new SiteBuilder().build(new BuildRequest(site.root(), preview, true));
        Document draft = page(preview, "services/secret/index.html");
        assertTrue(draft.selectFirst(".banner--draft").text().startsWith("Draft This page is a draft."));
        assertEquals("User-agent: *\nDisallow: /\n", Files.readString(preview.resolve("robots.txt")));
        assertEquals("/_localoffer/reload.js", draft.selectFirst("head script").attr("src"), "preview pages reload on save");
        assertTrue(page(out, "index.html").select("script[src]").isEmpty(), "published pages carry no preview script");
        assertTrue(page(out, "index.html").select(".preview-panel").isEmpty(), "published pages carry no preview panel");
        Element panel = draft.selectFirst("aside.preview-panel");
        assertEquals("Preview check", panel.attr("aria-label"));
        assertTrue(panel.parent().selectFirst("main") != null && panel.closest("main") == null, "the panel is outside main");
        assertTrue(panel.selectFirst("summary").text().startsWith("Preview check: "), panel.text());
    }

    @Test
    void publishesOtherFilesInTheContentFolderAsTheyAre() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        site.write("content/files/leaflet.txt", "A leaflet.");
        site.write("content/about.md", "---\ntitle: About\ntype: page\n---\nRead [the leaflet](files/leaflet.txt).\n");
        Path out = dir.resolve("out");
        new SiteBuilder().build(BuildRequest.production(site.root(), out));
        assertEquals("A leaflet.", Files.readString(out.resolve("files/leaflet.txt")));
        assertEquals("/files/leaflet.txt", page(out, "about/index.html").selectFirst("main .prose a").attr("href"));
        assertFalse(Files.exists(out.resolve("data/glossary.yml")), "data files are not published");
    }

    @Test
    void rebuildingReplacesTheOutputAndDropsRemovedPages() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        site.write("content/about.md", "---\ntitle: About\ntype: page\n---\nHello.\n");
        Path out = dir.resolve("out");
        new SiteBuilder().build(BuildRequest.production(site.root(), out));
        assertTrue(Files.exists(out.resolve("about/index.html")));
        site.delete("content/about.md");
        new SiteBuilder().build(BuildRequest.production(site.root(), out));
        assertFalse(Files.exists(out.resolve("about/index.html")));
    }

    @Test
    void showsWaitingTimesAvailabilityAndEhcTimeliness() throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        site.write("content/services/speech-and-language-therapy.md", TestSite.service("Speech and language therapy", "")
                .replace("availability: waiting-list", "availability: waiting-list\nwaiting_times: slt"));
        site.write("content/data/waiting-times.csv", """
                month,service,area,waiting,median_weeks,longest_weeks
                2026-09,slt,north,40,8,16
                2026-09,slt,south,60,23,44
                2026-10,slt,north,42,9,18
                2026-10,slt,south,61,24,50
                """);
        site.write("content/data/ehc-timeliness.csv", "month,plans_issued,issued_within_20_weeks\n2026-09,20,5\n2026-10,20,11\n");
        site.write("content/guides/ehc-needs-assessment.md", java.nio.file.Files.readString(site.root()
                .resolve("content/guides/ehc-needs-assessment.md")).replace("type: guide", "type: guide\nfigures: [ehc-timeliness]"));
        Path out = dir.resolve("out");
        new SiteBuilder(java.time.Clock.fixed(java.time.Instant.parse("2026-11-24T10:00:00Z"), java.time.ZoneOffset.UTC))
                .build(BuildRequest.production(site.root(), out));

        Document overview = page(out, "waiting-times/index.html");
        assertEquals("Children in South Testshire wait about 15 weeks longer than in North Testshire for speech and language therapy.",
                overview.selectFirst(".callout").text());
        assertEquals(List.of("North Testshire", "South Testshire"), overview.select("tbody th[scope=row]").eachText());
        assertEquals("24 weeks", overview.select("tbody tr").get(1).selectFirst("td[data-label=Half waited up to]").text());
        assertEquals("No figure for 3 months before", overview.select("tbody tr").get(1).selectFirst("td[data-label=Change in 3 months]").text(),
                "no figure 3 months before, so this must say so");

        Document history = page(out, "waiting-times/slt/index.html");
        Element chart = history.selectFirst("figure svg");
        assertEquals("img", chart.attr("role"));
        assertTrue(chart.selectFirst("title").text().startsWith("Median wait for speech and language therapy"));
        assertEquals(2, history.select("table tbody tr").size());

        Document service = page(out, "services/speech-and-language-therapy/index.html");
        assertEquals("Half of children waited up to 9 weeks in North Testshire and 24 weeks in South Testshire (October 2026). "
                + "See how the wait has changed", service.selectFirst(".summary-list dt:containsOwn(Wait) + dd").text());

        Document availability = page(out, "availability/index.html");
        assertEquals("Waiting list (1)", availability.selectFirst("main h2").text());

        Document guide = page(out, "guides/ehc-needs-assessment/index.html");
        assertTrue(guide.selectFirst(".figures-panel").text().contains("issued 40% of new EHC plans within 20 weeks (16 of 40)"),
                guide.selectFirst(".figures-panel").text());
    }
}
