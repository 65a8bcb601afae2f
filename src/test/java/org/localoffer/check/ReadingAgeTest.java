package org.localoffer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingAgeTest {

    @Test
    void countsWordsSentencesAndSyllables() {
        ReadingAge age = ReadingAge.of(List.of("The cat sat on the mat. It was happy.", "A list item without a stop"));
        assertEquals(new ReadingAge(15, 3, 18), age);
        // 0.39 × 15/3 + 11.8 × 18/15 − 15.59 = 0.52; reading age = grade + 5
        assertEquals(0.52, age.grade(), 0.001);
        assertEquals(6, age.years());
    }

    @Test
    void splitsSentencesAtAStopBeforeACapital() {
        assertEquals(List.of("Apply by 31 May.", "Then wait, e.g. for a letter.", "Done!"),
                ReadingAge.sentences("Apply by 31 May. Then wait, e.g. for a letter. Done!"));
    }

    @Test
    void countsSyllablesByVowelGroups() {
        assertEquals(1, ReadingAge.syllables("make"));
        assertEquals(3, ReadingAge.syllables("therapy"));
        assertEquals(2, ReadingAge.syllables("waited"));
        assertEquals(1, ReadingAge.syllables("2027"));
    }
}
