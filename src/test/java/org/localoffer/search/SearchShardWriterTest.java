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
                new GlossaryEntry("Speech and language therapy", "SALT", List.of(), "Talking.", 1)))));
        return new SearchShardWriter(termChunk, dictChunk).write(SearchIndex.build(docs, analysis),
                List.of(new AgeGroup("early-years", "0 to 4 years", 0, 4), new AgeGroup("primary", "5 to 11 years", 5, 11)), site);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFileButTheManifestIsNamedByItsContentHash() throws Exception {
        SearchShardWriter.Written written = write(List.of(
                doc("/a/", "Speech and language therapy", "Talking and listening help.", List.of("communication"), new int[] {0, 19}),
                doc("/b/", "Audiology", "Hearing tests for babies.", List.of("hearing"), new int[] {0, 4})), 60, 40);
        Map<String, Object> manifest = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve("manifest.json")));
        StringBuilder fragments = new StringBuilder();
        for (String file : written.fileBytes().keySet()) {
            if (file.equals(SearchShardWriter.MANIFEST)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(written.folder().resolve(file));
            assertEquals(bytes.length, written.fileBytes().get(file));
            if (file.startsWith("frag/")) {
                continue;
            }
            if (!file.startsWith("blk-")) {
                assertTrue(file.endsWith(SearchShardWriter.hash(bytes) + ".json"), file);
            }
        }
        // Fragments are named by page number and a hash of all of them, in page order.
        for (int i = 0; i < 2; i++) {
            String file = "frag/" + i + "." + manifest.get("frag") + ".json";
            fragments.append(i == 0 ? "" : "\n").append(Files.readString(written.folder().resolve(file)));
        }
        assertEquals(SearchShardWriter.hash(fragments.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), manifest.get("frag"));
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

    /** 60 pages that all say "help" and "speech", as often as their number says, so many pages score close. */
    private SearchShardWriter.Written manyPages(int firstSegment) throws Exception {
        return manyPages(firstSegment, SearchShardWriter.RANDOM_ACCESS);
    }

    private SearchShardWriter.Written manyPages(int firstSegment, int randomAccess) throws Exception {
        List<SearchDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String body = "help ".repeat(1 + i % 7) + "speech ".repeat(1 + (i * 5) % 11) + "words ".repeat(i % 13);
            docs.add(new SearchDocument("/p" + i + "/", "service", "Page " + (i % 3 == 0 ? "speech" : "other"), "", "", body,
                    List.of(i % 2 == 0 ? "health" : "education"), List.of(i % 5 == 0 ? "any" : "hearing"), new int[] {0, 4 + i % 10},
                    List.of("north")));
        }
        SearchAnalysis analysis = new SearchAnalysis(GlossarySynonyms.from(new Glossary(List.of())));
        return new SearchShardWriter(12_000, 6_000, firstSegment, randomAccess).write(SearchIndex.build(docs, analysis),
                List.of(new AgeGroup("early-years", "0 to 4 years", 0, 4), new AgeGroup("teens", "13 to 19", 13, 19)), site);
    }

    @Test
    void theFirstResultsAreExactlyThoseOfTheFullRankingFromFewerSegments() throws Exception {
        theFirstResultsAreExact(manyPages(4));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesDeepInALongListAreFetchedByBlockOfPagesWithTheSameResults() throws Exception {
        SearchShardWriter.Written written = manyPages(4, 5);
        Map<String, Object> manifest = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve("manifest.json")));
        Map<String, Object> entry = (Map<String, Object>) ((Map<String, Object>) Json.read(Files.readString(written.folder().resolve(
                SearchRanking.chunkFor((List<List<String>>) manifest.get("terms"), "speech"))))).get("speech");
        List<Object> blocks = (List<Object>) entry.get("b");
        assertEquals(64, ((Number) blocks.get(1)).intValue(), "pages per block");
        List<Object> scores = (List<Object>) Json.read(Files.readString(written.folder().resolve("blk-" + blocks.get(0) + "-0.json")));
        assertEquals(60, scores.size(), "every page's score, in page order");
        theFirstResultsAreExact(written);
        assertTrue(SearchRanking.open(site).search("speech help", SearchRanking.Filters.NONE, 3).files().stream()
                .anyMatch(f -> f.startsWith("blk-")), "a page's block is fetched rather than a long segment");
    }

    private void theFirstResultsAreExact(SearchShardWriter.Written written) throws Exception {
        SearchRanking ranking = SearchRanking.open(site);
        long segments = written.fileBytes().keySet().stream().filter(f -> f.startsWith("post-")).count();
        assertTrue(segments >= 4, "long postings are split into segment files: " + written.fileBytes().keySet());
        for (String q : List.of("help", "speech", "help speech", "speech words", "help words speech")) {
            for (SearchRanking.Filters filters : List.of(SearchRanking.Filters.NONE, new SearchRanking.Filters("health", null, null, null),
                    new SearchRanking.Filters(null, "deaf", "teens", null))) {
                SearchRanking.Result all = ranking.search(q, filters, Integer.MAX_VALUE);
                for (int k : List.of(1, 3, 10, 25)) {
                    SearchRanking.Result top = ranking.search(q, filters, k);
                    assertEquals(all.urls().subList(0, Math.min(k, all.urls().size())), top.urls(), q + " " + filters + " top " + k);
                    assertEquals(all.total(), top.total(), q + " count");
                }
            }
        }
        SearchRanking.Result help = ranking.search("help");
        assertTrue(help.files().stream().filter(f -> f.startsWith("post-")).count() < segments, "a query fetches only some segments");
        assertEquals(60, help.total());
        assertEquals(10, help.files().stream().filter(f -> f.startsWith("frag/")).count(), "fragments of the shown results only");
        assertTrue(help.gzipBytes() > 0 && help.gzipBytes() < help.bytes() + 1000);
        SearchRanking.Result two = ranking.search("help speech", SearchRanking.Filters.NONE, 3);
        assertTrue(two.files().stream().filter(f -> f.startsWith("post-")).count() < segments, "three results need only some segments");
    }

    @Test
    @SuppressWarnings("unchecked")
    void postingsAreScoresBestFirstInGrowingSegmentsWithTheirFirstScoreAndTheTermsPages() throws Exception {
        SearchShardWriter.Written written = manyPages(4);
        Map<String, Object> manifest = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve("manifest.json")));
        assertEquals(SearchShardWriter.SCORE_SCALE, ((Number) manifest.get("scale")).intValue());
        Map<String, Object> chunk = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve(
                SearchRanking.chunkFor((List<List<String>>) manifest.get("terms"), "speech"))));
        Map<String, Object> entry = (Map<String, Object>) chunk.get("speech");
        assertEquals(60, ((Number) entry.get("n")).intValue());
        // Every page has "speech": the bit set is all ones (60 bits, 8 bytes).
        assertEquals("/////////w8=", entry.get("m"));
        List<Long> scores = new java.util.ArrayList<>();
        List<Integer> pages = new java.util.ArrayList<>();
        List<Integer> sizes = new java.util.ArrayList<>();
        List<Map<String, Object>> segments = new java.util.ArrayList<>();
        segments.add((Map<String, Object>) entry.get("p"));
        for (List<Object> more : (List<List<Object>>) entry.get("s")) {
            Map<String, Object> segment = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve((String) more.get(0))));
            assertEquals(((Number) more.get(1)).longValue(), ((Number) ((List<Object>) segment.get("q")).get(0)).longValue(),
                    "a segment is listed with its first score");
            segments.add(segment);
        }
        for (Map<String, Object> segment : segments) {
            List<Object> d = (List<Object>) segment.get("d");
            List<Object> q = (List<Object>) segment.get("q");
            sizes.add(d.size());
            long score = 0;
            for (int i = 0; i < d.size(); i++) {
                long v = ((Number) q.get(i)).longValue();
                assertTrue(i == 0 || v >= 0, "scores after the first go down by " + v);
                score = i == 0 ? v : score - v;
                scores.add(score);
                pages.add(((Number) d.get(i)).intValue());
            }
        }
        assertEquals(List.of(4, 6, 9, 13, 19, 9), sizes, "segments grow by half each time");
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) < scores.get(i - 1) || scores.get(i).equals(scores.get(i - 1)) && pages.get(i) > pages.get(i - 1),
                    "best first, then page order");
        }
        assertEquals(60, new java.util.HashSet<>(pages).size());
        assertEquals(1_000_000L, SearchShardWriter.quantize(100.0));
        assertEquals(12_346L, SearchShardWriter.quantize(1.23456));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachFragmentHoldsOnlyItsPageAndFiltersFetchOnlyTheirOwnSet() throws Exception {
        SearchShardWriter.Written written = manyPages(4);
        List<String> frags = written.fileBytes().keySet().stream().filter(f -> f.startsWith("frag/")).toList();
        assertEquals(60, frags.size());
        for (String f : frags) {
            Map<String, Object> fragment = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve(f)));
            assertEquals(java.util.Set.of("url", "title", "summary", "text"), fragment.keySet());
        }
        Map<String, Object> manifest = (Map<String, Object>) Json.read(Files.readString(written.folder().resolve("manifest.json")));
        assertTrue(!manifest.containsKey("docs"), "no file of every page's details");
        SearchRanking.Result result = SearchRanking.open(site).search("help", new SearchRanking.Filters("education", null, "teens", null));
        List<String> filterFiles = result.files().stream().filter(f -> f.startsWith("filter-")).toList();
        Map<String, Map<String, String>> filters = (Map<String, Map<String, String>>) manifest.get("filters");
        assertEquals(List.of(filters.get("category").get("education"), filters.get("age").get("teens")), filterFiles);
        assertEquals(6, result.total(), "education pages for teens only: " + result.total());
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

    @Test
    void postingsAreOrderedBestScoreFirstThenByPageAsAComparatorWould() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            int size = random.nextInt(60);
            int[] docs = random.ints(size * 3L, 0, 100_000).distinct().limit(size).sorted().toArray();
            long[] scores = new long[docs.length];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = round % 5 == 0 ? random.nextInt(4) : random.nextInt(200_000); // many ties, then few
            }
            int[] order = SearchShardWriter.bestFirst(docs, scores);
            assertEquals(docs.length, order.length);
            for (int i = 1; i < order.length; i++) {
                long before = scores[order[i - 1]];
                long after = scores[order[i]];
                assertTrue(before > after || before == after && docs[order[i - 1]] < docs[order[i]],
                        "position " + i + " of round " + round);
            }
        }
        long[] huge = {5, Integer.MAX_VALUE + 10L, 5};
        assertEquals(List.of(1, 0, 2), java.util.Arrays.stream(SearchShardWriter.bestFirst(new int[] {1, 2, 3}, huge))
                .boxed().toList(), "scores too big to pack are still sorted");
    }

    @Test
    void contentHashesAreTwelveHexDigitsThatFollowTheBytes() {
        byte[] a = "{\"url\":\"/services/a/\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = "{\"url\":\"/services/b/\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(SearchShardWriter.hash(a), SearchShardWriter.hash(a.clone()), "the same bytes, the same name");
        assertTrue(SearchShardWriter.hash(a).matches("[0-9a-f]{12}"), SearchShardWriter.hash(a));
        assertTrue(!SearchShardWriter.hash(a).equals(SearchShardWriter.hash(b)), "a one-letter change gives a new name");
        // Names stay distinct across many similar files, as the index's thousands of shards are.
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            names.add(SearchShardWriter.hash(("{\"p\":" + i + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        assertEquals(20_000, names.size());
    }
}
