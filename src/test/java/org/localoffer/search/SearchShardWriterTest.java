package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.data.AgeGroup;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;

class SearchShardWriterTest {

    @TempDir
    Path site;

    private static SearchDocument doc(String url, String title, String body, List<String> needs, int[] ages) {
        return new SearchDocument(url, "service", title, "", "", body, List.of("health"), needs, ages, List.of("north"));
    }

    private SearchShardWriter.Written write(List<SearchDocument> docs, int termChunk, int dictChunk) throws Exception {
        SearchAnalysis analysis = new SearchAnalysis(GlossarySynonyms.from(new Glossary(List.of(
                new GlossaryEntry("Speech and language therapy", "SALT", List.of(), "Talking.", 1)))).map());
        return new SearchShardWriter(termChunk, dictChunk).write(SearchIndex.build(docs, analysis),
                List.of(new AgeGroup("early-years", "0 to 4 years", 0, 4), new AgeGroup("primary", "5 to 11 years", 5, 11)), site);
    }

    @Test
    void everyFileButTheManifestIsNamedByItsContentHash() throws Exception {
        SearchShardWriter.Written written = write(List.of(
                doc("/a/", "Speech and language therapy", "Talking and listening help.", List.of("communication"), new int[] {0, 19}),
                doc("/b/", "Audiology", "Hearing tests for babies.", List.of("hearing"), new int[] {0, 4})), 60, 40);
        for (String file : written.fileBytes().keySet()) {
            if (file.equals(SearchShardWriter.MANIFEST)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(written.folder().resolve(file));
            assertTrue(file.endsWith(SearchShardWriter.hash(bytes) + ".json"), file);
            assertEquals(bytes.length, written.fileBytes().get(file));
        }
        assertTrue(written.fileBytes().keySet().stream().filter(f -> f.startsWith("terms-")).count() > 1,
                "small chunks split the terms: " + written.fileBytes().keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void chunksHoldSortedKeysFromTheirFirstKeyToTheNextChunksFirst() throws Exception {
        SearchShardWriter.Written written = write(List.of(
                doc("/a/", "Speech and language therapy", "Talking, listening, eating and drinking.", List.of("communication"), null),
                doc("/b/", "Audiology", "Hearing tests, hearing aids and follow-up care.", List.of("hearing"), null)), 80, 50);
        Map<String, Object> manifest = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve("manifest.json")));
        for (String kind : List.of("terms", "dict")) {
            List<List<String>> chunks = (List<List<String>>) manifest.get(kind);
            for (int i = 0; i < chunks.size(); i++) {
                Map<String, Object> chunk = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve(chunks.get(i).get(1))));
                String next = i + 1 < chunks.size() ? chunks.get(i + 1).get(0) : null;
                for (String key : chunk.keySet()) {
                    assertTrue(key.compareTo(chunks.get(i).get(0)) >= 0 && (next == null || key.compareTo(next) < 0), kind + " " + key);
                }
            }
        }
        Map<String, Object> dict = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve(
                SearchRanking.chunkFor((List<List<String>>) manifest.get("dict"), "talking"))));
        assertEquals("talk", dict.get("talking"));
        Map<String, Object> dictS = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve(
                SearchRanking.chunkFor((List<List<String>>) manifest.get("dict"), "speech"))));
        assertEquals("", dictS.get("speech"), "a form that is its own term is written as an empty string");
    }

    @Test
    void bm25WithTheTitleBoostedGivesTheExpectedScore() throws Exception {
        write(List.of(
                doc("/a/", "Speech therapy", "", List.of("communication"), new int[] {0, 19}),
                doc("/b/", "Audiology", "", List.of("hearing"), new int[] {0, 4})), 12_000, 6_000);
        SearchRanking ranking = SearchRanking.open(site);
        SearchRanking.Result result = ranking.search("speech");
        assertEquals(List.of("/a/"), result.urls());
        // idf ln(1 + 1.5 / 1.5); title 3 x 1 x 2.2 / (1 + 1.2 x (0.25 + 0.75 x 2 / 1.5))
        assertEquals(1.829909, result.hits().get(0).score(), 1e-9);
    }

    @Test
    void filtersKeepOnlyMatchingPages() throws Exception {
        write(List.of(
                doc("/a/", "Speech help", "Help with talking.", List.of("communication"), new int[] {5, 19}),
                doc("/b/", "Hearing help", "Help with hearing.", List.of("any"), new int[] {0, 4})), 12_000, 6_000);
        SearchRanking ranking = SearchRanking.open(site);
        assertEquals(2, ranking.search("help").hits().size());
        assertEquals(List.of("/b/"), ranking.search("help", new SearchRanking.Filters(null, null, "early-years", null)).urls());
        assertEquals(List.of("/a/", "/b/"), ranking.search("help", new SearchRanking.Filters(null, "communication", null, null)).urls()
                .stream().sorted().toList(), "pages for any need match every need");
        assertEquals(List.of(), ranking.search("help", new SearchRanking.Filters("money", null, null, null)).urls());
    }

    @Test
    void aMisspeltWordIsCorrectedAndSaid() throws Exception {
        write(List.of(doc("/a/", "Occupational therapy", "Help with dressing.", List.of("physical"), null)), 12_000, 6_000);
        SearchRanking.Result result = SearchRanking.open(site).search("occupaitonal therapy");
        assertEquals("occupational therapy", result.corrected());
        assertEquals(List.of("/a/"), result.urls());
        assertEquals(List.of("/a/"), SearchRanking.open(site).search("dressed").urls(), "another form of a word seen");
    }
}
