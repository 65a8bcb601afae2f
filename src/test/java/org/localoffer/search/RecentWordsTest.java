package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentWordsTest {

    private static String of(RecentWords recent, String text, int start, int end) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return recent.of(bytes, start, end, text.substring(start, end).hashCode());
    }

    @Test
    void aWordSeenAgainIsTheSameString() {
        RecentWords recent = new RecentWords();
        String first = of(recent, "the cat", 4, 7);
        assertEquals("cat", first);
        assertSame(first, of(recent, "a cat sat", 2, 5));
        assertEquals("ca", of(recent, "cat", 0, 2));
        assertEquals("caf\u00E9", of(recent, "caf\u00E9!", 0, 4));
    }

    @Test
    void everyWordComesBackAsItsOwnText() {
        RecentWords recent = new RecentWords();
        Random random = new Random(3);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(6);
            while (b.length() < length) {
                b.append((char) ('a' + random.nextInt(4)));
            }
            String word = b.toString();
            assertEquals(word, of(recent, " " + word + " ", 1, 1 + length));
        }
    }
}
