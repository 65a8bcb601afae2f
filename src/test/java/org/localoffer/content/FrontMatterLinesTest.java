package org.localoffer.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FrontMatterLinesTest {

    @Test
    void splitsLinesAsTheRegexDid() {
        Random r = new Random(7);
        String alphabet = "ab-\r\n\n";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = r.nextInt(12);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertArrayEquals(text.split("\r?\n", -1), FrontMatter.lines(text), text);
        }
    }
}
