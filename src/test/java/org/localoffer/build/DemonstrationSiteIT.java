package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.testing.TestSite;

/** Builds the demonstration Local Offer in this repository and checks it is complete. */
class DemonstrationSiteIT {

    /** Every service PRODUCT.md asks the demonstration site to have. */
    static final List<String> SERVICES = List.of("speech-and-language-therapy", "occupational-therapy", "physiotherapy",
            "community-paediatrics", "audiology", "hearing-impairment-team", "visual-impairment-team", "autism-assessment",
            "adhd-assessment", "autism-and-adhd-nursing", "dietetics", "health-visiting", "school-nursing", "spot-team",
            "complex-health-needs-nursing", "sendiass", "short-breaks", "school-transport", "personal-budgets",
            "supported-internships", "early-years-resourced-provision", "sen-support-in-schools", "special-schools",
            "preparing-for-adulthood", "parent-carer-forum", "young-advisers", "mediation-and-appeals");
    static final List<String> OTHER_PAGES = List.of("guides/ehc-needs-assessment", "guides/annual-reviews",
            "guides/while-you-wait", "glossary", "you-said-we-did", "accessibility", "whats-changed", "for-parents",
            "for-young-people", "for-professionals", "about", "services", "services/a-z");

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        out = dir.resolve("out");
        new SiteBuilder().build(BuildRequest.production(TestSite.REPO, out));
    }

    private static Document page(String url) throws Exception {
        return Jsoup.parse(out.resolve(url).resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void everyServicePageSaysWhoItIsForHowToGetItAndWhoToContact() throws Exception {
        for (String slug : SERVICES) {
            Document d = page("services/" + slug);
            String where = "services/" + slug;
            assertEquals(1, d.select("h1").size(), where);
            assertNotNull(d.selectFirst("h2#who-it-is-for"), where + " has no 'Who it is for'");
            assertNotNull(d.selectFirst("h2#how-to-get-it"), where + " has no 'How to get it'");
            assertFalse(d.select(".contact-list li").isEmpty(), where + " has no contact");
            assertNotNull(d.selectFirst(".contact-box h3:containsOwn(Opening hours) + p"), where + " has no opening hours");
            assertNotNull(d.selectFirst(".summary-list .tag"), where + " has no availability");
            assertTrue(d.selectFirst(".page-reviewed").text().contains("Last reviewed"), where);
            assertTrue(d.selectFirst(".prose").text().split("\\s+").length >= 200, where + " is too short to help");
        }
    }

    @Test
    void everyGuideAndPageExists() throws Exception {
        for (String url : OTHER_PAGES) {
            assertEquals(1, page(url).select("main h1").size(), url);
        }
        assertNotNull(page("guides/ehc-needs-assessment").selectFirst("h2#timeline"));
        assertTrue(page("glossary").select("dl.glossary dt").size() >= 40);
        assertTrue(page("whats-changed").select(".service-list__item").size() >= 4);
    }

    @Test
    void noPagePretendsOrIsUnfinished() throws Exception {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".html"))::iterator) {
                String text = Jsoup.parse(f.toFile(), "UTF-8").text().toLowerCase(Locale.UK);
                for (String word : List.of("lorem", "ipsum", "tbc", "todo", "placeholder", "click here")) {
                    if (text.contains(word)) {
                        bad.add(out.relativize(f) + " contains '" + word + "'");
                    }
                }
                if (!text.contains("this is a demonstration local offer")) {
                    bad.add(out.relativize(f) + " has no demonstration banner");
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyPageWeighsUnder30KilobytesCompressedWithItsCss() throws Exception {
        long css = gzipped(out.resolve("assets/css/site.css")) + gzipped(out.resolve("assets/css/brand.css"));
        List<String> heavy = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".html"))::iterator) {
                long total = gzipped(f) + css;
                if (total > 30 * 1024) {
                    heavy.add(out.relativize(f) + ": " + total + " bytes");
                }
            }
        }
        assertEquals(List.of(), heavy);
    }

    private static long gzipped(Path file) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }
}
