package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.SiteBuilder;

/**
 * Search quality on the demonstration site: every query in src/test/resources/search/relevance.tsv should
 * have its page in the first 3 results. Prints success@3 and mean reciprocal rank; fails below 0.9.
 */
class RelevanceIT {

    @TempDir
    Path temp;

    @Test
    void parentsFindThePageTheyNeedInTheFirstThreeResults() throws Exception {
        Path output = temp.resolve("site");
        new SiteBuilder().build(new BuildRequest(Path.of("").toAbsolutePath(), output, false));
        SearchRanking ranking = SearchRanking.open(output);
        List<RelevanceSet> set = RelevanceSet.load();
        assertTrue(set.size() >= 40, "the relevance set needs at least 40 queries");
        int top3 = 0;
        double reciprocal = 0;
        List<String> misses = new ArrayList<>();
        for (RelevanceSet q : set) {
            List<String> urls = ranking.search(q.query()).urls();
            int rank = urls.indexOf(q.expected()) + 1;
            if (rank >= 1 && rank <= 3) {
                top3++;
            } else {
                misses.add(String.format("  %-45s expected %s, was %s; first: %s", q.query(), q.expected(),
                        rank == 0 ? "not found" : "#" + rank, urls.subList(0, Math.min(3, urls.size()))));
            }
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
        }
        double success = top3 / (double) set.size();
        System.out.printf("Search relevance: %d queries, success@3 %.3f, MRR %.3f%n", set.size(), success, reciprocal / set.size());
        misses.forEach(System.out::println);
        assertTrue(success >= 0.9, String.format("success@3 is %.3f, below 0.9:%n%s", success, String.join("\n", misses)));
    }
}
