package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

class QuickLowerCaseFilterTest {

    private static Analyzer analyzer(boolean quick) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new WhitespaceTokenizer();
                TokenStream lower = quick ? new QuickLowerCaseFilter(source) : new LowerCaseFilter(source);
                return new TokenStreamComponents(source, lower);
            }
        };
    }

    /** Every word comes out as Lucene's LowerCaseFilter gives it, ASCII or not. */
    @Test
    void lowersWordsAsLucenesFilterDoes() {
        List<String> texts = new ArrayList<>(List.of("SALT Speech and Language THERAPY can't O'Brien's",
                "ÀBC ABCÀ café CAFÉ İstanbul ΣΟΦΙΑ Straße STRASSE ǅemal 𐐀𐐁 A𐐀B 𝐀𝐁 x\uD801 \uDC00Y",
                "ＡＢＣ Ⅻ ⓐⒶ 123ABC a-b_C"));
        Random random = new Random(7);
        for (int t = 0; t < 200; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                int kind = random.nextInt(10);
                text.append(kind < 6 ? (char) (0x20 + random.nextInt(0x60)) : kind < 9
                        ? (char) (0x80 + random.nextInt(0x600)) : Character.toString(0x10400 + random.nextInt(0x50)));
            }
            texts.add(text.toString());
        }
        try (Analyzer lucene = analyzer(false); Analyzer quick = analyzer(true)) {
            for (String text : texts) {
                assertEquals(SearchAnalysis.terms(lucene, text), SearchAnalysis.terms(quick, text), text);
            }
        }
    }
}
