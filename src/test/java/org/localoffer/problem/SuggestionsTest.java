package org.localoffer.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheNearestKnownWord() {
        assertEquals(" Did you mean 'summary'?", Suggestions.didYouMean("sumary", List.of("title", "summary", "type")));
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertEquals("", Suggestions.didYouMean("zebra", List.of("title", "summary")));
    }

    @Test
    void measuresEditDistance() {
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(0, Suggestions.distance("a", "a"));
    }
}
