package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.SiteBuilder;
import org.localoffer.testing.TestSite;

/** Builds a small site and inspects the search index, the search page and the related services it made. */
class SearchIndexIT {

    @TempDir
    static Path temp;

    static Path output;

    @BeforeAll
    static void build() throws Exception {
        TestSite site = TestSite.create(temp.resolve("source"));
        site.write("content/services/occupational-therapy.md", TestSite.service("Occupational therapy",
                "Occupational therapists help children with talking about dressing and handwriting."));
        site.write("content/services/secret-plans.md", TestSite.service("Secret plans", "Zebras.").replace(
                "type: service", "type: service\nstatus: draft"));
        output = temp.resolve("output");
        new SiteBuilder().build(new BuildRequest(site.root(), output, false));
    }

    private static Path index() {
        return output.resolve("search/index");
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(output.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIndexHasAManifestAndContentHashedShards() throws Exception {
        Map<String, Object> manifest = (Map<String, Object>) Json.read(Files.readString(index().resolve("manifest.json")));
        assertEquals(List.of("title", "summary", "headings", "body"), manifest.get("fields"));
        try (Stream<Path> files = Files.walk(index())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getParent().getFileName().toString().equals("frag")) {
                    assertTrue(file.getFileName().toString().matches("\\d+\\." + manifest.get("frag") + "\\.json"), file.toString());
                } else if (!file.getFileName().toString().equals("manifest.json") && !file.getFileName().toString().startsWith("blk-")) {
                    assertTrue(file.getFileName().toString().contains(SearchShardWriter.hash(Files.readAllBytes(file))), file.toString());
                }
            }
        }
        assertEquals(4, manifest.get("pages") instanceof Number n ? n.intValue() : -1, "content pages only: no drafts, no generated pages");
        List<String> urls;
        try (Stream<Path> frags = Files.list(index().resolve("frag"))) {
            urls = frags.map(f -> {
                try {
                    return (String) ((Map<String, Object>) Json.read(Files.readString(f))).get("url");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
        assertEquals(List.of("/", "/guides/ehc-needs-assessment/", "/services/occupational-therapy/",
                "/services/speech-and-language-therapy/"), urls, "content pages in URL order; no drafts, no generated pages");
    }

    @Test
    void glossarySynonymsFindPagesBothWays() {
        SearchRanking ranking = SearchRanking.open(output);
        assertEquals("/services/speech-and-language-therapy/", ranking.search("speech therapy").urls().get(0));
        assertEquals("/services/speech-and-language-therapy/", ranking.search("SLT").urls().get(0));
        assertEquals("/guides/ehc-needs-assessment/", ranking.search("EHC plan").urls().get(0));
        assertTrue(ranking.search("zebras").urls().isEmpty(), "a draft's words are not in the index");
    }

    @Test
    void aQueryFetchesOnlyTheShardsItNeeds() {
        SearchRanking.Result result = SearchRanking.open(output).search("SALT");
        assertTrue(result.files().stream().filter(f -> f.startsWith("terms-")).count() <= 1, result.files().toString());
        assertFalse(result.files().stream().anyMatch(f -> f.startsWith("words-")), "no typo, so no word list");
        assertNull(result.corrected());
        assertTrue(result.bytes() > 0);
    }

    @Test
    void theSearchPageWorksWithoutJavaScriptAndLoadsItsScriptAsAFile() throws Exception {
        Document search = page("search/index.html");
        assertNotNull(search.selectFirst("ol#search-results"));
        assertEquals("/assets/js/search.js", search.selectFirst("script").attr("src"));
        assertTrue(search.select("script").stream().noneMatch(s -> s.data().strip().length() > 0), "no inline script");
        assertEquals("Search needs JavaScript, which is switched off or has not loaded in your browser. You can still find every "
                + "service: see all services from A to Z, or browse services by type of support, need, age or where you live.",
                search.selectFirst("#search-no-js").text());
        assertEquals(List.of("/services/a-z/", "/services/"), search.select("#search-no-js a").eachAttr("href"));
        assertTrue(Files.isRegularFile(output.resolve("assets/js/search.js")));
    }

    @Test
    void everyPageHeaderHasASearchFormThatNeedsNoScript() throws Exception {
        Document service = page("services/occupational-therapy/index.html");
        var form = service.selectFirst("header form");
        assertEquals("/search/", form.attr("action"));
        assertEquals("get", form.attr("method"));
        assertEquals("q", form.selectFirst("input").attr("name"));
        assertEquals("Search the Local Offer", form.selectFirst("label[for=" + form.selectFirst("input").id() + "]").text());
    }

    @Test
    void servicePagesListRelatedServices() throws Exception {
        assertEquals(List.of("/services/speech-and-language-therapy/"),
                page("services/occupational-therapy/index.html").select(".related-services a").eachAttr("href"));
        assertEquals(List.of("/services/occupational-therapy/"),
                page("services/speech-and-language-therapy/index.html").select(".related-services a").eachAttr("href"));
    }
}
