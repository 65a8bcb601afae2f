package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.SiteBuilder;
import org.localoffer.testing.TestSite;

/** Every text of the demonstration site's baked pages gives the same words without Lucene as with it. */
class SurfaceWordsIT {

    @TempDir
    static Path dir;

    @Test
    void everyTextOfTheDemonstrationSiteGivesLucenesWords() throws Exception {
        Path out = dir.resolve("out");
        new SiteBuilder().build(BuildRequest.production(TestSite.REPO, out));
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(p -> p.toString().endsWith(".html")).forEach(pages::add);
        }
        assertTrue(pages.size() > 50, "pages: " + pages.size());
        int texts = 0;
        try (Analyzer lucene = SearchAnalysis.phraseAnalyzer()) {
            for (Path page : pages) {
                Document d = Jsoup.parse(page.toFile(), "UTF-8");
                List<String> fields = new ArrayList<>(List.of(d.title(), d.text()));
                for (Element e : d.select("main, h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, a, .lead, .caption")) {
                    fields.add(e.text());
                }
                for (Element e : d.getAllElements()) {
                    fields.add(e.ownText());
                }
                for (String text : fields) {
                    assertEquals(SearchAnalysis.terms(lucene, text), SurfaceWords.of(lucene, text), page + ": " + text);
                    texts++;
                }
            }
        }
        assertTrue(texts > 1000, "texts: " + texts);
    }
}
