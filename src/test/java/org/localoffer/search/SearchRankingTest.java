package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRankingTest {

    @Test
    void editDistanceCountsASwapOfNeighboursAsOne() {
        assertEquals(1, SearchRanking.distance("occupaitonal", "occupational", 2));
        assertEquals(1, SearchRanking.distance("speach", "speech", 1));
        assertEquals(1, SearchRanking.distance("langauge", "language", 1));
        assertEquals(2, SearchRanking.distance("hearing", "audiology", 1), "over the limit is reported as limit + 1");
        assertEquals(0, SearchRanking.distance("deaf", "deaf", 1));
    }

    @Test
    void theClosestWordWinsThenTheOneOnMorePagesThenTheFirst() {
        List<List<Object>> words = List.of(
                List.<Object>of("speech", "", 9),
                List.<Object>of("spench", "", 1),
                List.<Object>of("therapy", "therapi", 20));
        assertEquals("speech", SearchRanking.closest("speach", words).get(0));
        assertNull(SearchRanking.closest("spe", words), "words under 4 letters are not corrected");
        assertNull(SearchRanking.closest("zebra", words));
        assertNull(SearchRanking.closest("2027", words), "numbers are not corrected");
    }

    @Test
    void aKeyIsInTheLastChunkStartingAtOrBeforeIt() {
        List<List<String>> chunks = List.of(List.of("a", "one"), List.of("m", "two"), List.of("t", "three"));
        assertEquals("one", SearchRanking.chunkFor(chunks, "apple"));
        assertEquals("two", SearchRanking.chunkFor(chunks, "m"));
        assertEquals("two", SearchRanking.chunkFor(chunks, "speech"));
        assertEquals("three", SearchRanking.chunkFor(chunks, "zebra"));
        assertNull(SearchRanking.chunkFor(chunks, "1"));
    }
}
